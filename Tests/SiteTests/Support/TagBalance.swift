/// A small structural check of generated HTML: every element that needs an end tag gets one,
/// in order. Not a full HTML5 validator, but it catches unclosed and crossed tags.
enum TagBalance {
    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                                            "meta", "source", "track", "wbr"]

    /// Problems found, empty when the tags balance.
    static func problems(_ html: String) -> [String] {
        var stack: [String] = []
        var problems: [String] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            guard let close = rest.firstIndex(of: ">") else { problems.append("unterminated tag"); break }
            let tag = rest[..<close]
            rest = rest[rest.index(after: close)...]
            if tag.hasPrefix("!") { continue }
            // Raw text elements: skip to their end tag.
            if tag == "style" || tag.hasPrefix("style ") {
                guard let end = rest.range(of: "</style>") else { problems.append("unclosed style"); break }
                rest = rest[end.upperBound...]
                continue
            }
            let selfClosing = tag.hasSuffix("/")
            let isEnd = tag.hasPrefix("/")
            let name = String(tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber || $0 == "-" }).lowercased()
            if isEnd {
                guard stack.last == name else {
                    problems.append("</\(name)> closes <\(stack.last ?? "nothing")>")
                    continue
                }
                stack.removeLast()
            } else if !selfClosing && !voidElements.contains(name) {
                stack.append(name)
            }
        }
        if !stack.isEmpty { problems.append("unclosed: \(stack)") }
        return problems
    }
}
