import SwiftOperators
import SwiftParser
import SwiftSyntax

/// The swift-syntax boundary: parses a cell, folds its operators with Swift's standard
/// precedence, and turns the first syntax error into a located `LecternError`.
///
/// Brackets nested past `BracketNesting`'s limits are refused before the parser runs, since
/// it would take exponential time on them, and expressions nested past `ExpressionDepth`'s
/// before anything recurses over them. Positions leave here as line and character column
/// (`SourcePositions`).
struct ParsedCell {
    let tree: SourceFileSyntax
    let converter: SourcePositions

    init(source: String, extraOperators: [(name: String, precedence: String)] = []) throws {
        let positions = SourcePositions(source: source)
        if let violation = BracketNesting.firstViolation(in: source) {
            throw LecternError(violation.message, at: positions.location(of: AbsolutePosition(utf8Offset: violation.offset)))
        }
        var text = source
        let file = text.withUTF8 { buffer in
            Parser.parse(source: buffer, maximumNestingLevel: BracketNesting.maximumDepth)
        }
        if let error = ParsedCell.firstSyntaxError(in: Syntax(file), positions) {
            throw error
        }
        if let deep = ExpressionDepth.firstTooDeep(in: file) {
            throw LecternError("expression is nested too deeply", at: positions.location(ofCodeIn: deep))
        }
        var foldError: LecternError?
        var table = OperatorTable.standardOperators
        if !extraOperators.isEmpty {
            let declarations = extraOperators.map { "infix operator \($0.name) : \($0.precedence)" }.joined(separator: "\n")
            try? table.addSourceFile(Parser.parse(source: declarations))
        }
        let folded = table.foldAll(file) { error in
            if foldError == nil {
                foldError = LecternError(error.message, at: positions.location(of: ParsedCell.position(of: error)))
            }
        }
        if let foldError { throw foldError }
        guard let tree = folded.as(SourceFileSyntax.self) else {
            throw LecternError("internal error: operator folding changed the file", at: .unknown)
        }
        self.tree = tree
        self.converter = positions
    }

    static func isMissing(_ node: Syntax) -> Bool {
        if let t = node.as(TokenSyntax.self) { return t.presence == .missing }
        return node.is(MissingExprSyntax.self) || node.is(MissingDeclSyntax.self) || node.is(MissingTypeSyntax.self)
            || node.is(MissingPatternSyntax.self) || node.is(MissingStmtSyntax.self) || node.is(MissingSyntax.self)
    }

    static func position(of error: OperatorError) -> AbsolutePosition {
        switch error {
        case .missingOperator(_, let node), .missingGroup(_, let node): return node.positionAfterSkippingLeadingTrivia
        case .incomparableOperators(let left, _, _, _): return left.positionAfterSkippingLeadingTrivia
        default: return AbsolutePosition(utf8Offset: 0)
        }
    }

    /// Finds the first syntax error (a missing or unexpected piece) in source order.
    static func firstSyntaxError(in root: Syntax, _ positions: SourcePositions) -> LecternError? {
        guard root.hasError else { return nil }
        var stack: [Syntax] = [root]
        while let node = stack.popLast() {
            guard node.hasError || node.is(UnexpectedNodesSyntax.self) || isMissing(node) else { continue }
            let loc = positions.location(of: node.positionAfterSkippingLeadingTrivia)
            if let unexpected = node.as(UnexpectedNodesSyntax.self) {
                let text = unexpected.trimmedDescription
                if text.isEmpty { return LecternError("unexpected code", at: loc) }
                let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
                return LecternError("unexpected code '\(shown)'", at: loc)
            }
            if isMissing(node) {
                if node.is(MissingExprSyntax.self) { return LecternError("expected expression", at: loc) }
                if node.is(MissingDeclSyntax.self) { return LecternError("expected declaration", at: loc) }
                if node.is(MissingTypeSyntax.self) { return LecternError("expected type", at: loc) }
                if node.is(MissingPatternSyntax.self) { return LecternError("expected pattern", at: loc) }
                if let token = node.as(TokenSyntax.self) {
                    if case .identifier = token.tokenKind { return LecternError("expected identifier", at: loc) }
                    let t = token.text
                    return LecternError(t.isEmpty ? "expected token" : "expected '\(t)'", at: loc)
                }
                if node.is(CodeBlockSyntax.self) { return LecternError("expected '{'", at: loc) }
                return LecternError("expected \(node.kind)", at: loc)
            }
            if let token = node.as(TokenSyntax.self) {
                return LecternError("unexpected code '\(token.text)'", at: loc)
            }
            // Visit children in reverse so the first child is handled first.
            for child in node.children(viewMode: .all).reversed() { stack.append(child) }
        }
        return LecternError("syntax error", at: positions.location(of: root.positionAfterSkippingLeadingTrivia))
    }
}
