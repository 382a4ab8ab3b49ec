/// Turns a lesson's Markdown text into a `Lesson`: prose, cells, expected outputs, diagnostics.
public enum LessonParser {
    /// Parses a lesson. Never fails: format problems become diagnostics (on the cell they
    /// concern when there is one), and the rest of the lesson is kept.
    public static func parse(_ source: String, file: String) -> Lesson {
        let math = MathSpans(extractingFrom: source)
        let raw = CmarkDocument.parse(math.text, math: math)
        let lines = LineBreaks.lines(of: source)

        var items: [LessonItem] = []
        var diagnostics: [Diagnostic] = []
        var title: String?
        var cellCount = 0
        var exerciseIDs: Set<String> = []
        var solvedIDs: Set<String> = []

        func location(line: Int, column: Int) -> SourceLocation {
            SourceLocation(file: file, line: line, column: column)
        }

        for block in raw {
            switch block {
            case .markdown(let markdown):
                if title == nil, case .heading(1, let content, _) = markdown {
                    title = MarkdownInline.plainText(content).trimmingSpaces()
                }
                items.append(.prose(markdown))

            case .fenced(let info, let literal, let line, let column, let endLine):
                let infoColumn = Self.infoColumn(info: info, line: line, fenceColumn: column, lines: lines)
                switch FenceInfo.parse(info) {
                case .success(.prose):
                    items.append(.prose(.codeBlock(info: info, code: literal)))

                case .success(.output(let tolerance)):
                    let expected = ExpectedOutput(text: literal, tolerance: tolerance, fenceLine: line, endLine: endLine)
                    if case .cell(let previous)? = items.last, previous.varies {
                        diagnostics.append(Diagnostic(at: location(line: line, column: column),
                            "a 'varies' cell prints something else on every run, so it cannot have an output block"))
                    } else if case .cell(var previous)? = items.last, previous.expectedOutput == nil,
                       previous.kind.runsByDefault || previous.kind == .norun {
                        previous.expectedOutput = expected
                        items[items.count - 1] = .cell(previous)
                    } else {
                        diagnostics.append(Diagnostic(at: location(line: line, column: column),
                            "an output block must come right after the swift cell whose output it shows"))
                    }

                case .success(.cell(let kind, let varies)):
                    var cell = Cell(index: cellCount, kind: kind, code: literal, info: info, fenceLine: line,
                                    columnOffsets: Self.columnOffsets(code: literal, fenceLine: line,
                                                                      fenceColumn: column, lines: lines),
                                    varies: varies)
                    cellCount += 1
                    let at = location(line: line, column: infoColumn)
                    switch kind {
                    case .exercise(let id, _):
                        if exerciseIDs.contains(id) {
                            diagnostics.append(Diagnostic(at: at, "duplicate exercise id '\(id)'"))
                            cell.kind = .norun
                        }
                        exerciseIDs.insert(id)
                    case .solution(let id), .check(let id, _):
                        if !exerciseIDs.contains(id) {
                            // The caret goes on `id=`, and a near miss is named.
                            let idColumn = info.range(of: "id=").map { infoColumn + info.distance(from: info.startIndex, to: $0.lowerBound) } ?? infoColumn
                            var message = "no exercise with id '\(id)' comes before this \(kind.name == "solution" ? "solution" : "check")"
                            if let near = NearestName.closest(to: id, among: exerciseIDs.sorted()) { message += "; did you mean '\(near)'?" }
                            diagnostics.append(Diagnostic(at: location(line: line, column: idColumn), message))
                            cell.kind = .norun
                        } else if kind.name == "solution" {
                            solvedIDs.insert(id)
                        }
                    default:
                        break
                    }
                    items.append(.cell(cell))

                case .failure(let problem):
                    diagnostics.append(Diagnostic(at: location(line: line, column: infoColumn + problem.offset),
                                                  problem.message))
                    // Kept, but shown only: running a cell whose role is unclear could leak a
                    // solution or run set-up twice.
                    items.append(.cell(Cell(index: cellCount, kind: .norun, code: literal, info: info, fenceLine: line,
                                            columnOffsets: Self.columnOffsets(code: literal, fenceLine: line,
                                                                              fenceColumn: column, lines: lines))))
                    cellCount += 1
                }
            }
        }

        for case .cell(let cell) in items {
            if case .exercise(let id, _) = cell.kind, !solvedIDs.contains(id) {
                diagnostics.append(Diagnostic(.warning, at: location(line: cell.fenceLine, column: 1),
                                              "exercise '\(id)' has no solution cell"))
            }
        }
        return Lesson(file: file, source: source, title: title, items: items, diagnostics: diagnostics)
    }

    /// Column (1-based, in characters) where the info string starts on the fence line.
    static func infoColumn(info: String, line: Int, fenceColumn: Int, lines: [Substring]) -> Int {
        guard line >= 1, line <= lines.count else { return fenceColumn }
        let characters = Array(lines[line - 1])
        let start = max(0, fenceColumn - 1)
        guard start < characters.count else { return fenceColumn }
        var index = start
        let fenceCharacter = characters[index]
        while index < characters.count, characters[index] == fenceCharacter { index += 1 }
        while index < characters.count, characters[index] == " " || characters[index] == "\t" { index += 1 }
        return index + 1
    }

    /// For each code line, how many characters its text is shifted right in the Markdown file
    /// (container indentation, `> ` of block quotes). Found by matching the line's text as a
    /// suffix of the raw line; when that fails (tabs expanded by cmark) the fence's own
    /// indentation is used.
    static func columnOffsets(code: String, fenceLine: Int, fenceColumn: Int, lines: [Substring]) -> [Int] {
        var codeLines = LineBreaks.lines(of: code)
        if codeLines.last?.isEmpty == true { codeLines.removeLast() }
        return codeLines.enumerated().map { offset, codeLine in
            let rawIndex = fenceLine + offset  // fenceLine is 1-based; code starts on the next line
            guard rawIndex < lines.count else { return fenceColumn - 1 }
            let raw = lines[rawIndex]
            if !codeLine.isEmpty, raw.hasSuffix(codeLine) { return raw.count - codeLine.count }
            return fenceColumn - 1
        }
    }
}
