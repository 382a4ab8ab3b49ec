// Arrays: creation, mutation, and value semantics.
var a = [1, 2, 3]
var b = a          // b is an independent copy
b.append(4)
b[0] = 100
print(a)
print(b)

var zeros = [Double](repeating: 0.0, count: 4)
zeros[2] = 1.5
print(zeros)
let empty: [String] = []
print(empty, empty.count, empty.isEmpty)

var list = [10, 20, 30, 40, 50]
list.insert(5, at: 0)
print(list)
let removed = list.remove(at: 2)
print(removed, list)
list.removeLast()
print(list)
list.append(contentsOf: [60, 70])
print(list, list.count)
print(list[1...3])
print(Array(list[1...3]))
list.swapAt(0, 1)
print(list)
list.reverse()
print(list)
list.sort()
print(list)

// Arrays passed to functions are copied too.
func zeroFirst(_ values: [Int]) -> [Int] {
    var copy = values
    copy[0] = 0
    return copy
}
let original = [9, 9, 9]
print(zeroFirst(original), original)

// A 2-D array (matrix) and a copy of one row.
var matrix = [[1.0, 2.0], [3.0, 4.0]]
var row = matrix[0]
row[1] = -1
matrix[1][0] = 30
print(matrix, row)

// Matrix-vector product with nested loops.
let v = [1.0, 1.0]
var product: [Double] = []
for r in matrix {
    var s = 0.0
    for j in 0..<r.count { s += r[j] * v[j] }
    product.append(s)
}
print(product)
print(matrix.count, matrix[0].count, matrix == [[1.0, 2.0], [30.0, 4.0]])
print(a.indices, Array(a.indices))
