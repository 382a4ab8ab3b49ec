/// Breaks a line of code into rows no wider than the terminal, keeping each run's colour.
///
/// Code is cut at the column limit, not at spaces: re-flowing code would change what it says,
/// and a cut is marked by the continuation gutter the renderer draws.
enum CodeWrapping {
    /// A run of text and the ANSI codes it is drawn with.
    struct Span: Equatable {
        var text: String
        var codes: [String]
    }

    static func rows(_ spans: [Span], width: Int) -> [[Span]] {
        let width = max(1, width)
        var rows: [[Span]] = [[]]
        var used = 0
        for span in spans {
            var piece = ""
            for character in span.text {
                let columns = DisplayWidth.of(String(character))
                if used + columns > width, used > 0 {
                    if !piece.isEmpty { rows[rows.count - 1].append(Span(text: piece, codes: span.codes)) }
                    rows.append([])
                    piece = ""
                    used = 0
                }
                piece.append(character)
                used += columns
            }
            if !piece.isEmpty { rows[rows.count - 1].append(Span(text: piece, codes: span.codes)) }
        }
        return rows
    }
}
