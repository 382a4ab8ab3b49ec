/// A canvas of braille characters: each terminal cell holds a 2 × 4 grid of dots.
///
/// Braille (U+2800 … U+28FF) gives four times the vertical and twice the horizontal
/// resolution of whole characters, which is what makes a loss curve legible in 60 columns.
struct BrailleCanvas {
    let columns: Int
    let rows: Int
    private var bits: [UInt8]
    private var colors: [Int?]

    /// Dot width and height.
    var dotWidth: Int { columns * 2 }
    var dotHeight: Int { rows * 4 }

    init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        bits = Array(repeating: 0, count: self.columns * self.rows)
        colors = Array(repeating: nil, count: self.columns * self.rows)
    }

    /// Sets the dot at (x, y), y counted from the top; the cell takes `color`.
    mutating func set(_ x: Int, _ y: Int, color: Int?) {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
        let index = (y / 4) * columns + x / 2
        // Unicode numbers the dots 1-2-3-7 down the left column and 4-5-6-8 down the right.
        let left: [UInt8] = [0x01, 0x02, 0x04, 0x40], right: [UInt8] = [0x08, 0x10, 0x20, 0x80]
        bits[index] |= x % 2 == 0 ? left[y % 4] : right[y % 4]
        if color != nil { colors[index] = color }
    }

    /// Draws a straight line with Bresenham's algorithm; `dash` (on, off) leaves gaps.
    mutating func line(_ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int, color: Int?, dash: (on: Int, off: Int)? = nil, phase: inout Int) {
        var x = x0, y = y0
        let dx = abs(x1 - x0), dy = -abs(y1 - y0)
        let sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1
        var error = dx + dy
        var steps = 0
        while true {
            if let dash {
                if phase % (dash.on + dash.off) < dash.on { set(x, y, color: color) }
            } else {
                set(x, y, color: color)
            }
            phase += 1
            steps += 1
            if (x == x1 && y == y1) || steps > 100_000 { break }
            let doubled = 2 * error
            if doubled >= dy { error += dy; x += sx }
            if doubled <= dx { error += dx; y += sy }
        }
    }

    /// The braille character of a cell, nil when no dot is set.
    func character(_ column: Int, _ row: Int) -> (Character, Int?)? {
        guard column >= 0, row >= 0, column < columns, row < rows else { return nil }
        let index = row * columns + column
        guard bits[index] != 0, let scalar = Unicode.Scalar(0x2800 + UInt32(bits[index])) else { return nil }
        return (Character(scalar), colors[index])
    }
}
