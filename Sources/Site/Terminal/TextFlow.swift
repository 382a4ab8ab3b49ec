/// Word-wraps styled inline text to a width, the way a terminal pager would.
///
/// Inline content is first cut into words (runs of non-space text, possibly spanning several
/// styles, as in `**bold**,`), then laid out greedily; a word longer than the width gets a line
/// of its own rather than being cut.
struct TextFlow {
    private struct Fragment {
        var text: String
        var codes: [String]
    }

    private enum Token {
        case word([Fragment])
        case space
        case hardBreak
    }

    let color: Bool
    private var tokens: [Token] = []
    private var word: [Fragment] = []
    private var styles: [[String]] = []

    init(color: Bool) {
        self.color = color
    }

    /// Adds text in the current style; whitespace separates words.
    mutating func add(_ text: String) {
        let codes = styles.flatMap { $0 }
        for character in text {
            if character == " " || character == "\t" || character == "\n" {
                endWord()
                if case .space? = tokens.last {} else { tokens.append(.space) }
            } else if let last = word.last, last.codes == codes {
                word[word.count - 1].text.append(character)
            } else {
                word.append(Fragment(text: String(character), codes: codes))
            }
        }
    }

    /// Adds text that must not be broken across lines.
    mutating func addUnbreakable(_ text: String) {
        let codes = styles.flatMap { $0 }
        if let last = word.last, last.codes == codes {
            word[word.count - 1].text += text
        } else if !text.isEmpty {
            word.append(Fragment(text: text, codes: codes))
        }
    }

    mutating func addSpace() { add(" ") }

    mutating func addHardBreak() {
        endWord()
        tokens.append(.hardBreak)
    }

    mutating func push(_ codes: [String]) { styles.append(codes) }
    mutating func pop() { _ = styles.popLast() }

    private mutating func endWord() {
        if !word.isEmpty { tokens.append(.word(word)) }
        word = []
    }

    /// The text laid out in lines no wider than `width` (except for single over-long words).
    mutating func lines(width limit: Int) -> [String] {
        endWord()
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        var pendingSpace = false
        for token in tokens {
            switch token {
            case .space:
                pendingSpace = lineWidth > 0
            case .hardBreak:
                lines.append(line)
                line = ""
                lineWidth = 0
                pendingSpace = false
            case .word(let fragments):
                let text = fragments.map { ANSIStyle.apply($0.codes, to: $0.text, color: color) }.joined()
                let width = fragments.reduce(0) { $0 + DisplayWidth.of($1.text) }
                if lineWidth > 0, lineWidth + (pendingSpace ? 1 : 0) + width > max(1, limit) {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                } else if pendingSpace, lineWidth > 0 {
                    line += " "
                    lineWidth += 1
                }
                pendingSpace = false
                line += text
                lineWidth += width
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
