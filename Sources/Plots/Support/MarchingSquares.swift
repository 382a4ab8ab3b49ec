import Foundation

/// Iso-lines of a gridded function, by marching squares.
///
/// Each grid cell whose corners straddle the level contributes one segment (two for a saddle,
/// resolved by the cell's centre value), with end points linearly interpolated along the edges.
/// Cells with a non-finite corner are skipped, so holes in the data leave gaps, not garbage.
enum MarchingSquares {
    /// A segment of an iso-line in data coordinates.
    struct Segment: Equatable {
        var x0: Double, y0: Double, x1: Double, y1: Double
    }

    /// The segments of the iso-line `f = level`, cell by cell from the bottom-left.
    static func segments(of grid: Grid, level: Double) -> [Segment] {
        guard grid.rows > 1, grid.columns > 1, level.isFinite else { return [] }
        var result: [Segment] = []
        // Corner offsets counter-clockwise from the bottom-left, as (row, column).
        let cornerRow = [0, 0, 1, 1], cornerColumn = [0, 1, 1, 0]
        var values = [0.0, 0.0, 0.0, 0.0]
        var crossX = [0.0, 0.0, 0.0, 0.0], crossY = [0.0, 0.0, 0.0, 0.0]
        for row in 0..<(grid.rows - 1) {
            for column in 0..<(grid.columns - 1) {
                var finite = true
                var mask = 0
                for corner in 0..<4 {
                    let value = grid.value(row: row + cornerRow[corner], column: column + cornerColumn[corner])
                    values[corner] = value
                    if !value.isFinite { finite = false }
                    if value > level { mask |= 1 << corner }
                }
                // All corners on one side (or a hole in the data): no line through this cell.
                guard finite, mask != 0, mask != 15 else { continue }
                // Crossing points on edges 0 (bottom), 1 (right), 2 (top), 3 (left).
                var crossed = 0
                for edge in 0..<4 {
                    let next = (edge + 1) % 4
                    guard (mask >> edge) & 1 != (mask >> next) & 1 else { continue }
                    crossed |= 1 << edge
                    let t = (level - values[edge]) / (values[next] - values[edge])
                    let r = Double(row + cornerRow[edge]) + t * Double(cornerRow[next] - cornerRow[edge])
                    let c = Double(column + cornerColumn[edge]) + t * Double(cornerColumn[next] - cornerColumn[edge])
                    crossX[edge] = grid.xCoordinate(c)
                    crossY[edge] = grid.yCoordinate(r)
                }
                func add(_ a: Int, _ b: Int) {
                    result.append(Segment(x0: crossX[a], y0: crossY[a], x1: crossX[b], y1: crossY[b]))
                }
                if crossed == 15 {
                    // A saddle: if the centre sides with corner 0, corners 0 and 2 connect and
                    // the lines cut off corners 1 and 3; otherwise they cut off corners 0 and 2.
                    let centreAbove = (values[0] + values[1] + values[2] + values[3]) / 4 > level
                    if centreAbove == (mask & 1 == 1) {
                        add(0, 1)
                        add(2, 3)
                    } else {
                        add(3, 0)
                        add(1, 2)
                    }
                } else {
                    let edges = (0..<4).filter { (crossed >> $0) & 1 == 1 }
                    if edges.count == 2 { add(edges[0], edges[1]) }
                }
            }
        }
        return result
    }

    /// The levels a contour plot draws for its grid.
    static func levels(_ levels: ContourPlot.Levels, grid: Grid) -> [Double] {
        let finite = grid.values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max(), low < high else {
            if case .values(let explicit) = levels { return explicit.filter(\.isFinite) }
            return []
        }
        switch levels {
        case .values(let explicit):
            return explicit.filter(\.isFinite)
        case .count(let count):
            // A round step that puts about `count` levels strictly between the extremes.
            let wanted = max(1, min(count, 100))
            let step = AxisScale.niceNumber((high - low) / Double(wanted + 1), rounding: true).step
            let first = (low / step.value).rounded(.down)
            guard first.isFinite, abs(first) < 1e15 else { return [] }
            var levels: [Double] = []
            var k = Int(first)
            while levels.count < 4 * wanted {
                let level = step.multiple(k)
                if level >= high { break }
                if level > low { levels.append(level) }
                k += 1
            }
            return levels
        case .logarithmic(let count):
            let positiveLow = finite.filter { $0 > 0 }.min() ?? 1
            guard high > positiveLow else { return [] }
            let steps = max(1, min(count, 40))
            let a = log10(positiveLow), b = log10(high)
            return (1...steps).map { pow(10, a + (b - a) * Double($0) / Double(steps + 1)) }
        }
    }
}


