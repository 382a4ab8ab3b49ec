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
        for row in 0..<(grid.rows - 1) {
            for column in 0..<(grid.columns - 1) {
                // Corners counter-clockwise from the bottom-left: (row, column) grid positions.
                let corners = [(row, column), (row, column + 1), (row + 1, column + 1), (row + 1, column)]
                let values = corners.map { grid.value(row: $0.0, column: $0.1) }
                guard values.allSatisfy(\.isFinite) else { continue }
                let above = values.map { $0 > level }
                // Crossing points on edges 0 (bottom), 1 (right), 2 (top), 3 (left).
                var crossings: [Int: (Double, Double)] = [:]
                for edge in 0..<4 where above[edge] != above[(edge + 1) % 4] {
                    let a = corners[edge], b = corners[(edge + 1) % 4]
                    let t = (level - values[edge]) / (values[(edge + 1) % 4] - values[edge])
                    let r = Double(a.0) + t * Double(b.0 - a.0)
                    let c = Double(a.1) + t * Double(b.1 - a.1)
                    crossings[edge] = (grid.xCoordinate(c), grid.yCoordinate(r))
                }
                let pairs: [(Int, Int)]
                switch crossings.count {
                case 2:
                    let edges = crossings.keys.sorted()
                    pairs = [(edges[0], edges[1])]
                case 4:
                    let centreAbove = values.reduce(0, +) / 4 > level
                    // If the centre sides with corner 0, corners 0 and 2 connect and 1 and 3 are cut off.
                    pairs = centreAbove == above[0] ? [(0, 1), (2, 3)] : [(3, 0), (1, 2)]
                default:
                    pairs = []
                }
                for (first, second) in pairs {
                    if let p = crossings[first], let q = crossings[second] {
                        result.append(Segment(x0: p.0, y0: p.1, x1: q.0, y1: q.1))
                    }
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


