// while loops: convergence tests, digit manipulation, and a queue-driven simulation.
var x = 1.0
var iterations = 0
while abs(x * x - 2) > 1e-12 {
    x = (x + 2 / x) / 2
    iterations += 1
}
print(x, iterations)
var n = 9876543
var digits: [Int] = []
while n > 0 {
    digits.append(n % 10)
    n /= 10
}
print(digits, digits.reduce(0, +))
var number = 0
var i = digits.count - 1
while i >= 0 {
    number = number * 10 + digits[i]
    i -= 1
}
print(number)
var queue = [5, 3, 8]
var processed: [Int] = []
while !queue.isEmpty {
    let job = queue.removeFirst()
    processed.append(job)
    if job > 4 { queue.append(job / 2) }
}
print(processed)
var lo = 0, hi = 100, guesses = 0
let secret = 37
while lo <= hi {
    let mid = (lo + hi) / 2
    guesses += 1
    if mid == secret { break } else if mid < secret { lo = mid + 1 } else { hi = mid - 1 }
}
print("found in", guesses)
var k = 0
repeat { k += 3 } while k % 7 != 0
print(k)
