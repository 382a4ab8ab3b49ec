import SwiftParser
import SwiftSyntax

/// What a piece of Swift source is, for colouring.
public enum HighlightKind: String, Sendable, CaseIterable {
    /// Whitespace, punctuation and anything not worth a colour.
    case plain
    case keyword
    /// A lower-case identifier: a variable, function or label.
    case identifier
    /// A capitalised identifier, which in Swift's naming conventions is a type.
    case type
    case number
    /// String literal quotes and contents (interpolated expressions are coloured as code).
    case string
    case comment
    case `operator`
}

/// A run of source text of one kind; concatenating a snippet's spans gives back the snippet.
public struct HighlightSpan: Hashable, Sendable {
    public var kind: HighlightKind
    public var text: String

    public init(_ kind: HighlightKind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}

/// Splits Swift code into coloured spans from swift-syntax's tokens.
///
/// This is the Site module's one crossing of the swift-syntax boundary. swift-syntax parses any
/// text (broken code becomes "unexpected" nodes whose tokens are still visited), and the spans
/// are checked to reproduce the input exactly, so highlighting can never lose or invent a
/// character: if the check ever failed, the snippet comes back as one plain span.
public enum SwiftHighlighter {
    /// The spans of `code`, adjacent spans of the same kind merged.
    public static func highlight(_ code: String) -> [HighlightSpan] {
        guard !code.isEmpty else { return [] }
        let tree = Parser.parse(source: code)
        var spans: [HighlightSpan] = []

        func append(_ kind: HighlightKind, _ text: String) {
            guard !text.isEmpty else { return }
            if let last = spans.last, last.kind == kind {
                spans[spans.count - 1].text += text
            } else {
                spans.append(HighlightSpan(kind, text))
            }
        }
        func appendTrivia(_ trivia: Trivia) {
            for piece in trivia {
                var text = ""
                piece.write(to: &text)
                append(isComment(piece) ? .comment : .plain, text)
            }
        }

        for token in tree.tokens(viewMode: .sourceAccurate) {
            appendTrivia(token.leadingTrivia)
            append(kind(of: token), token.text)
            appendTrivia(token.trailingTrivia)
        }
        guard spans.map(\.text).joined() == code else { return [HighlightSpan(.plain, code)] }
        return spans
    }

    private static func isComment(_ piece: TriviaPiece) -> Bool {
        switch piece {
        case .lineComment, .blockComment, .docLineComment, .docBlockComment: return true
        default: return false
        }
    }

    private static func kind(of token: TokenSyntax) -> HighlightKind {
        switch token.tokenKind {
        case .keyword:
            return .keyword
        case .identifier(let name):
            // `Self`-like capitalised names are types by Swift convention; backticked names too.
            let bare = name.hasPrefix("`") ? String(name.dropFirst()) : name
            return bare.first.map { $0.isUppercase } == true ? .type : .identifier
        case .dollarIdentifier:
            return .identifier
        case .integerLiteral, .floatLiteral:
            return .number
        case .stringSegment, .stringQuote, .multilineStringQuote, .singleQuote, .rawStringPoundDelimiter,
             .regexLiteralPattern, .regexSlash, .regexPoundDelimiter:
            return .string
        case .backslash:
            // `\(` opening an interpolation belongs to the string; a key path's `\` is an operator.
            return token.parent?.is(ExpressionSegmentSyntax.self) == true ? .string : .operator
        case .binaryOperator, .prefixOperator, .postfixOperator, .equal, .arrow, .exclamationMark,
             .postfixQuestionMark, .infixQuestionMark, .prefixAmpersand:
            return .operator
        case .pound, .poundAvailable, .poundUnavailable, .poundIf, .poundElse, .poundElseif,
             .poundEndif, .poundSourceLocation:
            return .keyword
        default:
            return .plain
        }
    }
}

extension SwiftHighlighter {
    /// The spans of `code` cut into lines (without the newline characters), so renderers can put
    /// a line number in front of each line even when a comment or string spans several.
    static func highlightedLines(_ code: String) -> [[HighlightSpan]] {
        var lines: [[HighlightSpan]] = [[]]
        for span in highlight(code) {
            let pieces = span.text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, piece) in pieces.enumerated() {
                if index > 0 { lines.append([]) }
                if !piece.isEmpty { lines[lines.count - 1].append(HighlightSpan(span.kind, String(piece))) }
            }
        }
        return lines
    }
}
