// Scalar benchmark: while loops, the longest Collatz chain below 30 000.
var best = 0
var bestStart = 0
var start = 1
while start < 30_000 {
    var n = start
    var length = 1
    while n != 1 {
        n = n % 2 == 0 ? n / 2 : 3 * n + 1
        length += 1
    }
    if length > best {
        best = length
        bestStart = start
    }
    start += 1
}
print(bestStart, best)
