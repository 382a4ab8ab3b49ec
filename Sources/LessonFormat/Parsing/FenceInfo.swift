/// What a fenced block's info string makes of it: a cell, an expected output, or plain prose.
enum FenceInfo: Equatable {
    /// Not lectern's: another language or no info string. Shown as a code block.
    case prose
    /// A cell; `varies` is the info word `varies`: its output changes from run to run (it prints
    /// training times), so it has no `output` block and `run --compile` compares it with the numbers
    /// left out.
    case cell(CellKind, varies: Bool = false)
    case output(tolerance: Double)

    /// A problem in an info string: a message and the 0-based offset (in characters) of the
    /// offending word within the info string.
    struct Problem: Error, Equatable {
        var message: String
        var offset: Int
    }

    static let cellAttributes = "hidden, norun, error, exercise, solution, check, varies, id=NAME, points=N"

    /// Parses an info string such as `swift check id=nand hidden` or `output tol=1e-3`.
    ///
    /// Only the first word decides whether the block is lectern's at all (`swift` or `output`),
    /// so a `python` block is never misread; after that every word must be understood, because
    /// a silently ignored typo (`swift hiden`) would run or show a cell the author meant to hide.
    static func parse(_ info: String) -> Result<FenceInfo, Problem> {
        let words = Self.words(of: info)
        guard let first = words.first else { return .success(.prose) }
        switch first.text {
        case "swift": return parseCell(Array(words.dropFirst()))
        case "output": return parseOutput(Array(words.dropFirst()))
        default: return .success(.prose)
        }
    }

    private struct Word {
        var text: String
        var offset: Int
    }

    private static func words(of info: String) -> [Word] {
        var words: [Word] = []
        var current = ""
        var start = 0
        for (offset, character) in info.enumerated() {
            if character == " " || character == "\t" {
                if !current.isEmpty { words.append(Word(text: current, offset: start)) }
                current = ""
            } else {
                if current.isEmpty { start = offset }
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(Word(text: current, offset: start)) }
        return words
    }

    private static func parseCell(_ words: [Word]) -> Result<FenceInfo, Problem> {
        var role: Word?
        var hidden: Word?
        var varies: Word?
        var id: (value: String, word: Word)?
        var points: (value: Int, word: Word)?
        for word in words {
            if let equals = word.text.firstIndex(of: "=") {
                let key = String(word.text[..<equals])
                let value = String(word.text[word.text.index(after: equals)...])
                switch key {
                case "id":
                    if id != nil { return .failure(Problem(message: "duplicate attribute 'id='", offset: word.offset)) }
                    guard isValidIdentifier(value) else {
                        return .failure(Problem(
                            message: "malformed exercise id '\(value)': use letters, digits, '-' and '_', starting with a letter",
                            offset: word.offset))
                    }
                    id = (value, word)
                case "points":
                    if points != nil { return .failure(Problem(message: "duplicate attribute 'points='", offset: word.offset)) }
                    guard let number = Int(value), number >= 0, number <= 10_000 else {
                        return .failure(Problem(message: "points must be a whole number from 0 to 10000, not '\(value)'", offset: word.offset))
                    }
                    points = (number, word)
                default:
                    return .failure(Problem(message: "unknown attribute '\(word.text)' (expected one of: \(cellAttributes))", offset: word.offset))
                }
                continue
            }
            switch word.text {
            case "hidden":
                if hidden != nil { return .failure(Problem(message: "duplicate attribute 'hidden'", offset: word.offset)) }
                hidden = word
            case "varies":
                if varies != nil { return .failure(Problem(message: "duplicate attribute 'varies'", offset: word.offset)) }
                varies = word
            case "norun", "error", "exercise", "solution", "check":
                if let earlier = role {
                    return .failure(Problem(message: "'\(word.text)' conflicts with '\(earlier.text)': a cell has one role", offset: word.offset))
                }
                role = word
            default:
                return .failure(Problem(message: "unknown attribute '\(word.text)' (expected one of: \(cellAttributes))", offset: word.offset))
            }
        }

        let roleName = role?.text
        let takesID = roleName == "exercise" || roleName == "solution" || roleName == "check"
        if let id, !takesID {
            return .failure(Problem(message: "'id=' applies only to exercise, solution and check cells", offset: id.word.offset))
        }
        if let points, roleName != "exercise" {
            return .failure(Problem(message: "'points=' applies only to exercise cells", offset: points.word.offset))
        }
        if takesID, id == nil, let role {
            return .failure(Problem(message: "a '\(role.text)' cell needs an id, e.g. '\(role.text) id=perceptron'", offset: role.offset))
        }
        if let hidden, roleName != nil, roleName != "check" {
            return .failure(Problem(message: "'hidden' cannot be combined with '\(roleName ?? "")'", offset: hidden.offset))
        }

        if let varies, roleName != nil, roleName != "solution" {
            return .failure(Problem(message: "'varies' applies only to cells that run and print: plain, hidden and solution cells", offset: varies.offset))
        }
        let kind: CellKind
        switch roleName {
        case nil: kind = hidden == nil ? .run : .hidden
        case "norun": kind = .norun
        case "error": kind = .expectError
        case "exercise": kind = .exercise(id: id?.value ?? "", points: points?.value ?? 1)
        case "solution": kind = .solution(id: id?.value ?? "")
        default: kind = .check(id: id?.value ?? "", hidden: hidden != nil)
        }
        return .success(.cell(kind, varies: varies != nil))
    }

    private static func parseOutput(_ words: [Word]) -> Result<FenceInfo, Problem> {
        var tolerance = ExpectedOutput.defaultTolerance
        var seenTolerance = false
        for word in words {
            guard word.text.hasPrefix("tol=") else {
                return .failure(Problem(message: "unknown attribute '\(word.text)' on an output block (expected tol=NUMBER)", offset: word.offset))
            }
            if seenTolerance { return .failure(Problem(message: "duplicate attribute 'tol='", offset: word.offset)) }
            let value = word.text.dropFirst(4)
            guard let number = Double(value), number.isFinite, number >= 0 else {
                return .failure(Problem(message: "tol must be a non-negative number such as 1e-3, not '\(value)'", offset: word.offset))
            }
            tolerance = number
            seenTolerance = true
        }
        return .success(.output(tolerance: tolerance))
    }

    /// Exercise ids: a letter, then letters, digits, `-` or `_` (they name files and CSV columns).
    static func isValidIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
        }
    }
}
