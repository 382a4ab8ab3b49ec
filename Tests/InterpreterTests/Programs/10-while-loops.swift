// while and repeat-while loops.
var n = 27
var steps = 0
while n != 1 {
    if n % 2 == 0 {
        n /= 2
    } else {
        n = 3 * n + 1
    }
    steps += 1
}
print("Collatz steps for 27:", steps)

// Halve a learning rate until it is small.
var rate = 1.0
var halvings = 0
while rate > 0.01 {
    rate /= 2
    halvings += 1
}
print(halvings, rate)

// repeat-while runs at least once.
var attempts = 0
repeat {
    attempts += 1
} while attempts < 0
print("attempts:", attempts)

var value = 100.0
repeat {
    value = value / 2 + 1
} while value > 3
print(value)

// Newton's method for the square root of 2.
var guess = 1.0
var iterations = 0
while abs(guess * guess - 2) > 1e-12 {
    guess = (guess + 2 / guess) / 2
    iterations += 1
}
print(guess, iterations)

// Sum digits with a while loop.
var number = 98765
var digitSum = 0
while number > 0 {
    digitSum += number % 10
    number /= 10
}
print("digit sum:", digitSum)

// break and continue inside while.
var i = 0
var odds: [Int] = []
while true {
    i += 1
    if i > 12 { break }
    if i % 2 == 0 { continue }
    odds.append(i)
}
print(odds)
