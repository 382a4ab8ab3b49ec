import SwiftOperators
import SwiftParser
import SwiftSyntax

/// The swift-syntax boundary: parses a cell, folds its operators with Swift's standard
/// precedence, and turns the first syntax error into a located `LecternError`.
struct ParsedCell {
    let tree: SourceFileSyntax
    let converter: SourceLocationConverter

    /// The most deeply nested source lectern accepts; swift-syntax stops parsing deeper code.
    static let maximumNestingLevel = 256

    init(source: String, extraOperators: [(name: String, precedence: String)] = []) throws {
        var text = source
        let file = text.withUTF8 { buffer in
            Parser.parse(source: buffer, maximumNestingLevel: ParsedCell.maximumNestingLevel)
        }
        let converter = SourceLocationConverter(fileName: "cell", tree: file)
        if var error = ParsedCell.firstSyntaxError(in: Syntax(file), converter) {
            if let deep = ParsedCell.tooDeep(file, converter) { error = deep }
            throw error
        }
        var foldError: LecternError?
        var table = OperatorTable.standardOperators
        if !extraOperators.isEmpty {
            let declarations = extraOperators.map { "infix operator \($0.name) : \($0.precedence)" }.joined(separator: "\n")
            try? table.addSourceFile(Parser.parse(source: declarations))
        }
        let folded = table.foldAll(file) { error in
            if foldError == nil {
                foldError = LecternError(error.message, at: SourceLoc(converter, ParsedCell.position(of: error)))
            }
        }
        if let foldError { throw foldError }
        guard let tree = folded.as(SourceFileSyntax.self) else {
            throw LecternError("internal error: operator folding changed the file", at: .unknown)
        }
        self.tree = tree
        self.converter = SourceLocationConverter(fileName: "cell", tree: tree)
    }

    /// When parsing stopped because brackets nest beyond the parser's limit, says so (the
    /// parser itself only reports the rest of the code as unexpected).
    static func tooDeep(_ file: SourceFileSyntax, _ converter: SourceLocationConverter) -> LecternError? {
        var depth = 0
        for token in file.tokens(viewMode: .sourceAccurate) {
            switch token.tokenKind {
            case .leftParen, .leftBrace, .leftSquare:
                depth += 1
                if depth >= maximumNestingLevel {
                    return LecternError("code is nested too deeply (more than \(maximumNestingLevel) levels of brackets)",
                                        at: SourceLoc(converter, token.positionAfterSkippingLeadingTrivia))
                }
            case .rightParen, .rightBrace, .rightSquare: depth -= 1
            default: break
            }
        }
        return nil
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
    static func firstSyntaxError(in root: Syntax, _ converter: SourceLocationConverter) -> LecternError? {
        guard root.hasError else { return nil }
        var stack: [Syntax] = [root]
        while let node = stack.popLast() {
            guard node.hasError || node.is(UnexpectedNodesSyntax.self) || isMissing(node) else { continue }
            let loc = SourceLoc(converter, node.positionAfterSkippingLeadingTrivia)
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
        return LecternError("syntax error", at: SourceLoc(converter, root.positionAfterSkippingLeadingTrivia))
    }
}

extension SourceLoc {
    init(_ converter: SourceLocationConverter, _ position: AbsolutePosition) {
        let l = converter.location(for: position)
        self.init(line: l.line, column: l.column)
    }
}
