import SwiftParser
import SwiftSyntax

/// A cell's tokens from swift-syntax with identifiers and literals normalised, for comparing
/// the shape of two pieces of code (the grader's similarity report): renaming a variable or
/// changing a constant does not change the sequence. Comments and whitespace are not tokens.
public struct CodeToken: Sendable, Equatable {
    /// `id` for an identifier, `num` for a number, `str` for a string literal's text, otherwise
    /// the token itself (`func`, `(`, `+=`).
    public var normalized: String
    /// Where it is in the source, as UTF-8 offsets.
    public var utf8Range: Range<Int>

    /// The tokens of `source`.
    public static func tokens(of source: String) -> [CodeToken] {
        var text = source
        let tree = text.withUTF8 { Parser.parse(source: $0, maximumNestingLevel: 256) }
        var tokens: [CodeToken] = []
        for token in tree.tokens(viewMode: .sourceAccurate) {
            let start = token.positionAfterSkippingLeadingTrivia.utf8Offset
            let end = token.endPositionBeforeTrailingTrivia.utf8Offset
            guard end > start else { continue }
            let normalized: String
            switch token.tokenKind {
            case .identifier, .dollarIdentifier: normalized = "id"
            case .integerLiteral, .floatLiteral: normalized = "num"
            case .stringSegment: normalized = "str"
            case .endOfFile: continue
            default: normalized = token.text
            }
            tokens.append(CodeToken(normalized: normalized, utf8Range: start..<end))
        }
        return tokens
    }
}
