import LessonFormat

/// Names in a site: page file names from lesson files, and heading anchors.
enum Slugs {
    /// `Lessons/01-perceptron.md` → `01-perceptron`: the file's base name without its extension,
    /// with anything outside letters, digits, `-`, `_` and `.` turned into `-`.
    static func pageStem(forLessonFile file: String) -> String {
        let base = file.split(separator: "/").last.map(String.init) ?? file
        var stem = base
        if let dot = base.lastIndex(of: "."), dot != base.startIndex { stem = String(base[..<dot]) }
        let cleaned = String(stem.map { character -> Character in
            character.isASCII && (character.isLetter || character.isNumber || "-_.".contains(character)) ? character : "-"
        })
        return cleaned.isEmpty ? "lesson" : cleaned
    }

    /// Anchor for a heading: lower-case letters and digits, other runs become one `-`.
    static func anchor(_ text: String) -> String {
        var result = ""
        var pendingDash = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingDash, !result.isEmpty { result.append("-") }
                pendingDash = false
                result.append(character)
            } else {
                pendingDash = true
            }
        }
        return result.isEmpty ? "section" : result
    }

    /// Anchors for every heading of a lesson, nested ones included, keyed by Markdown line;
    /// repeated texts get `-2`, `-3`, … in document order.
    static func headingAnchors(_ lesson: Lesson) -> [Int: String] {
        var anchors: [Int: String] = [:]
        var used: Set<String> = []
        func visit(_ block: MarkdownBlock) {
            switch block {
            case .heading(_, let content, let line):
                let base = anchor(MarkdownInline.plainText(content))
                var candidate = base
                var counter = 2
                while used.contains(candidate) {
                    candidate = "\(base)-\(counter)"
                    counter += 1
                }
                used.insert(candidate)
                anchors[line] = candidate
            case .blockQuote(let children):
                children.forEach(visit)
            case .list(_, _, _, let items):
                items.forEach { $0.forEach(visit) }
            default:
                break
            }
        }
        for case .prose(let block) in lesson.items { visit(block) }
        return anchors
    }
}
