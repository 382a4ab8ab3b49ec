/// Rewrites the bodies of a lesson's `output` blocks with new text (`lectern run --fix`).
///
/// Nothing outside the bodies changes: a byte-order mark, the file's line endings, the info
/// strings and the prose stay as they are. Body lines get the container prefix of their block
/// (a list item's indentation, a quote's `>`). The one exception is a fence that the new text
/// would close early — a line of three backticks in the output — which is lengthened, on both
/// fence lines, to one more than the longest such run.
public enum OutputRewriter {
    /// A block left as it was, and why.
    public struct Refusal: Equatable, Sendable {
        /// The line of the block's opening fence.
        public var line: Int
        public var reason: String
    }

    /// The rewritten text and the blocks that could not be rewritten.
    public struct Rewrite: Equatable, Sendable {
        public var text: String
        public var refusals: [Refusal]
    }

    /// Returns `text` (a lesson file exactly as read) with each given output block's body
    /// replaced by its new text.
    public static func rewrite(_ text: String, replacing outputs: [(ExpectedOutput, String)]) -> Rewrite {
        let byteOrderMark = text.hasPrefix("\u{FEFF}") ? "\u{FEFF}" : ""
        var lines = LineBreaks.terminatedLines(of: String(text.dropFirst(byteOrderMark.count)))
            .map { (content: String($0.content), terminator: String($0.terminator)) }
        var refusals: [Refusal] = []
        // Bottom to top, so earlier line numbers stay valid as bodies grow or shrink.
        for (expected, newText) in outputs.sorted(by: { $0.0.fenceLine > $1.0.fenceLine }) {
            do {
                try replaceBody(of: expected, with: newText, in: &lines)
            } catch let refusal as Refusal {
                refusals.append(refusal)
            } catch {
                refusals.append(Refusal(line: expected.fenceLine, reason: "\(error)"))
            }
        }
        let rewritten = byteOrderMark + lines.map { $0.content + $0.terminator }.joined()
        return Rewrite(text: rewritten, refusals: refusals.sorted { $0.line < $1.line })
    }

    private static func replaceBody(of expected: ExpectedOutput, with newText: String,
                                    in lines: inout [(content: String, terminator: String)]) throws {
        func refuse(_ reason: String) -> Refusal { Refusal(line: expected.fenceLine, reason: reason) }
        if newText.unicodeScalars.contains("\0") {
            throw refuse("the output contains a NUL character, which a lesson file cannot hold")
        }
        if newText.unicodeScalars.contains("\r") {
            throw refuse("the output contains a carriage return, which Markdown would read as a line break")
        }
        let open = expected.fenceLine - 1, close = expected.endLine - 1
        guard open >= 0, close > open, close < lines.count,
              let opening = Fence(line: lines[open].content) else {
            throw refuse("the output block is not where the lesson was read from (did the file change?)")
        }
        guard let closing = Fence(line: lines[close].content), closing.character == opening.character,
              closing.length >= opening.length, closing.rest.allSatisfy({ $0 == " " || $0 == "\t" }) else {
            throw refuse("the output block has no closing fence")
        }

        let prefix = opening.continuationPrefix
        var body = newText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if newText.hasSuffix("\n") || newText.isEmpty { body.removeLast() }
        let longestRun = body.map { opening.leadingRun(in: $0) }.max() ?? 0
        if longestRun >= opening.length {
            let length = longestRun + 1
            lines[open].content = opening.withLength(length)
            lines[close].content = closing.withLength(length)
        }
        let terminator = lines[open].terminator
        let bodyLines = body.map { line -> (content: String, terminator: String) in
            (line.isEmpty ? String(prefix.reversed().drop { $0 == " " || $0 == "\t" }.reversed()) : prefix + line, terminator)
        }
        lines.replaceSubrange(open + 1..<close, with: bodyLines)
    }

    /// A fence line: what stands before the fence (container markers and indentation), the run
    /// of backticks or tildes, and the rest (the info string).
    private struct Fence {
        var prefix: String
        var character: Character
        var length: Int
        var rest: Substring

        init?(line: String) {
            let isMarker: (Character) -> Bool = { " \t>-*+0123456789.)".contains($0) }
            let prefixEnd = line.firstIndex { !isMarker($0) } ?? line.endIndex
            guard prefixEnd < line.endIndex, line[prefixEnd] == "`" || line[prefixEnd] == "~" else { return nil }
            character = line[prefixEnd]
            let runEnd = line[prefixEnd...].firstIndex { $0 != line[prefixEnd] } ?? line.endIndex
            length = line.distance(from: prefixEnd, to: runEnd)
            guard length >= 3 else { return nil }
            prefix = String(line[..<prefixEnd])
            rest = line[runEnd...]
        }

        /// The prefix of the block's content lines: a list item's marker becomes spaces of its
        /// width, quote markers and indentation stay.
        var continuationPrefix: String {
            String(prefix.map { " \t>".contains($0) ? $0 : " " })
        }

        /// The length of the run of this fence's character that `line` starts with (after
        /// indentation): a run as long as the fence would close it.
        func leadingRun(in line: String) -> Int {
            line.drop { $0 == " " || $0 == "\t" }.prefix { $0 == character }.count
        }

        func withLength(_ newLength: Int) -> String {
            prefix + String(repeating: character, count: newLength) + rest
        }
    }
}

extension OutputRewriter.Refusal: Error {}
