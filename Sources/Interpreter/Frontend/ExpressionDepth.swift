import SwiftSyntax

/// Refuses expressions nested deeper than lowering accepts, before anything walks them
/// recursively.
///
/// Brackets are bounded by `BracketNesting`, but a flat text can still make a deep tree: an
/// operator chain `1 + 1 + … + 1` folds into one level per operator, and a member chain
/// `s.description.description…` parses into one level per member. Operator folding, the type
/// checker and lowering all recurse over the tree, so a 300 000-term chain must be refused here,
/// in one iterative pass over the unfolded tree, where an operator sequence counts as deep as
/// it has operators. An `else if` is not a level: lowering and checking walk those chains in
/// a loop, and long ones are ordinary code.
enum ExpressionDepth {
    /// The lowerer's own limit (`expression is nested too deeply`).
    static let maximum = 400

    /// The first expression nested deeper than `maximum`, if any.
    static func firstTooDeep(in root: some SyntaxProtocol) -> Syntax? {
        var stack: [(node: Syntax, depth: Int)] = [(Syntax(root), 0)]
        while let (node, outer) = stack.popLast() {
            var depth = outer
            if node.is(ExprSyntax.self), !(node.is(IfExprSyntax.self) && node.parent?.is(IfExprSyntax.self) == true) {
                depth += 1
            }
            if let sequence = node.as(SequenceExprSyntax.self) { depth += sequence.elements.count / 2 }
            if depth > maximum { return node }
            // First child last, so it is visited first: the error lands at the start of the deep
            // expression, not at its last member.
            for child in node.children(viewMode: .sourceAccurate).reversed() where !child.is(TokenSyntax.self) {
                stack.append((child, depth))
            }
        }
        return nil
    }
}
