// insert, append and += on a [Double] turn integer literals into Doubles.
var q: [Double] = [1.5, 2.5]
q.insert(-1, at: 0)
q.append(4)
q += [10]
q.append(contentsOf: [7, 8])
print(q)
print(q.reduce(0, +))

var history = [Double]()
for epoch in 0..<3 {
    history.append(epoch == 0 ? 1 : 0.5)
}
print(history)

var matrix: [[Double]] = []
matrix.append([1, 2])
matrix.append([3, 4])
print(matrix)
var total: Double = 0
total += 2
print(total)
