import SwiftSyntax

/// Turns swift-syntax positions (UTF-8 offsets into a cell) into lectern's 1-based line and
/// character column: the one place where byte columns become character columns.
///
/// Lines end at `\n`, `\r\n` or a lone `\r`, as they do for swift-syntax and cmark. Lines that
/// are pure ASCII (most code) convert by subtraction; for the others the character boundaries
/// are found once per line and kept, so converting stays cheap however often lowering asks.
final class SourcePositions {
    private let bytes: [UInt8]
    /// UTF-8 offset of the first byte of each line.
    private let lineStarts: [Int]
    /// Whether each line is pure ASCII (its byte columns are its character columns).
    private let lineIsASCII: [Bool]
    /// For each line that is not pure ASCII, the UTF-8 offsets (from the line's start) where its
    /// characters begin, filled on first use.
    private var characterStarts: [Int: [Int]] = [:]

    init(source: String) {
        bytes = Array(source.utf8)
        var starts = [0]
        var ascii = [true]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte >= 0x80 { ascii[ascii.count - 1] = false }
            if byte == 0x0D, index < bytes.count, bytes[index] == 0x0A { index += 1 }
            if byte == 0x0A || byte == 0x0D {
                starts.append(index)
                ascii.append(true)
            }
        }
        lineStarts = starts
        lineIsASCII = ascii
    }

    /// The line and column of `position`.
    func location(of position: AbsolutePosition) -> SourceLoc {
        let offset = max(0, min(position.utf8Offset, bytes.count))
        let line = lineIndex(containing: offset)
        return SourceLoc(line: line + 1, column: column(ofOffset: offset - lineStarts[line], onLine: line))
    }

    /// Where the code of `node` starts: its position after leading whitespace and comments.
    ///
    /// swift-syntax's `positionAfterSkippingLeadingTrivia` finds a node's first token by walking
    /// down the tree, which on a 300 000-term `1 + 1 + …` costs the depth of the tree on every
    /// call; reading the trivia off the source text costs only its own length. The node's tokens
    /// must all be present (a tree without syntax errors), since a missing token has no text.
    func location(ofCodeIn node: some SyntaxProtocol) -> SourceLoc {
        location(of: AbsolutePosition(utf8Offset: offsetSkippingTrivia(from: node.position.utf8Offset)))
    }

    // MARK: Lines and columns

    private func lineIndex(containing offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    private func column(ofOffset offsetInLine: Int, onLine line: Int) -> Int {
        let start = lineStarts[line]
        let end = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
        if lineIsASCII[line] { return offsetInLine + 1 }
        if let starts = characterStarts[line] { return Self.column(ofOffset: offsetInLine, starts: starts, length: end - start) }
        var starts: [Int] = []
        var utf8Offset = 0
        for character in String(decoding: bytes[start..<end], as: UTF8.self) {
            starts.append(utf8Offset)
            utf8Offset += character.utf8.count
        }
        characterStarts[line] = starts
        return Self.column(ofOffset: offsetInLine, starts: starts, length: end - start)
    }

    /// The column of the character holding byte `offset` of a line whose characters begin at
    /// `starts`; past the line's end, the column after its last character.
    private static func column(ofOffset offset: Int, starts: [Int], length: Int) -> Int {
        guard offset < length else { return starts.count + 1 }
        var low = 0, high = starts.count  // first index whose start is after `offset`
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        return max(1, low)
    }

    // MARK: Trivia

    /// Skips spaces, tabs, line breaks, `//` and (nested) `/* */` comments, and a `#!` line at
    /// the start of the cell.
    private func offsetSkippingTrivia(from start: Int) -> Int {
        var index = start
        if index == 0, bytes.starts(with: [0x23, 0x21]) { index = lineEnd(from: 0) }
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C:
                index += 1
            case 0x2F where index + 1 < bytes.count && bytes[index + 1] == 0x2F:
                index = lineEnd(from: index)
            case 0x2F where index + 1 < bytes.count && bytes[index + 1] == 0x2A:
                index = blockCommentEnd(from: index)
            default:
                return index
            }
        }
        return index
    }

    private func lineEnd(from start: Int) -> Int {
        var index = start
        while index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
        return index
    }

    private func blockCommentEnd(from start: Int) -> Int {
        var depth = 0
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == 0x2F, bytes[index + 1] == 0x2A {
                depth += 1
                index += 2
            } else if bytes[index] == 0x2A, bytes[index + 1] == 0x2F {
                depth -= 1
                index += 2
                if depth == 0 { return index }
            } else {
                index += 1
            }
        }
        return bytes.count
    }
}
