// A small Matrix struct with +, * (matrix product), scalar * and transpose.
struct Matrix: Equatable {
    var rows: [[Double]]
    var rowCount: Int { rows.count }
    var columnCount: Int { rows.first?.count ?? 0 }

    static func + (a: Matrix, b: Matrix) -> Matrix {
        var out = a
        for i in 0..<a.rowCount {
            for j in 0..<a.columnCount { out.rows[i][j] += b.rows[i][j] }
        }
        return out
    }
    static func * (a: Matrix, b: Matrix) -> Matrix {
        var out = [[Double]](repeating: [Double](repeating: 0, count: b.columnCount), count: a.rowCount)
        for i in 0..<a.rowCount {
            for j in 0..<b.columnCount {
                for k in 0..<a.columnCount { out[i][j] += a.rows[i][k] * b.rows[k][j] }
            }
        }
        return Matrix(rows: out)
    }
    static func * (s: Double, m: Matrix) -> Matrix {
        Matrix(rows: m.rows.map { $0.map { s * $0 } })
    }
    var transposed: Matrix {
        Matrix(rows: (0..<columnCount).map { j in rows.map { $0[j] } })
    }
}

let a = Matrix(rows: [[1, 2], [3, 4]])
let b = Matrix(rows: [[0, 1], [1, 0]])
print((a + b).rows)
print((a * b).rows)
print((2 * a).rows)
print(a.transposed.rows)
let identity = Matrix(rows: [[1, 0], [0, 1]])
print(a * identity == a, a == b)
let x = Matrix(rows: [[1], [-1]])
print((a * x).rows, (a * x).rowCount, (a * x).columnCount)
