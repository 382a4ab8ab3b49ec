import LessonFormat

/// The result of running a whole lesson.
public struct LessonResult: Sendable {
    public var lesson: Lesson
    public var cells: [CellResult]
    /// Problems with the lesson's format that belong to no single cell.
    public var diagnostics: [Diagnostic]
    public var seconds: Double
    /// Read back from the result cache instead of run (the seconds are those of the run stored).
    public var fromCache = false

    public init(lesson: Lesson, cells: [CellResult], diagnostics: [Diagnostic], seconds: Double) {
        self.lesson = lesson
        self.cells = cells
        self.diagnostics = diagnostics
        self.seconds = seconds
    }

    /// True when every cell behaved as its kind says and the format had no errors.
    public var isSuccess: Bool {
        cells.allSatisfy(\.isSuccess) && !diagnostics.contains { $0.severity == .error }
    }

    /// Every error of the lesson in file order: format problems, failed cells, failed doctests.
    public var errors: [Diagnostic] {
        var all = diagnostics.filter { $0.severity == .error }
        for result in cells where !result.isSuccess {
            if let diagnostic = result.diagnostic, result.status != .expectedError {
                // An invalid cell carries the format diagnostic already listed above.
                if !all.contains(diagnostic) { all.append(diagnostic) }
            } else if let doctest = result.doctest, !doctest.passed {
                all.append(doctest.diagnostic)
            }
        }
        return all.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
    }
}
