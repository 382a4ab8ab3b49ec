import LessonFormat
import Outcomes

/// A student's feedback page (`feedback/STUDENT.html`): the score, every finding located in
/// the student's own file, and for each exercise the student's code, what it printed, its errors
/// and each check's verdict and points.
///
/// A hidden check shows its message and verdict only. The page is self-contained (its style
/// sheet inline, nothing loaded from anywhere) and depends only on the report, so it is
/// byte-identical for identical grading.
public enum FeedbackPage {
    /// `lessonTitle` heads the page; `budgets` says which limits decided and which were
    /// backstops (shown at the foot of the page).
    public static func render(_ report: SubmissionReport, lessonTitle: String, budgets: String) -> String {
        var html = "<h1>" + HTMLEscaping.escape(lessonTitle) + "</h1>\n"
        html += "<p class=\"feedback-summary\"><strong>" + HTMLEscaping.escape(report.student) + "</strong> · "
            + HTMLEscaping.escape(report.file) + " · <strong>" + formatPoints(report.total) + " of "
            + formatPoints(report.possible) + " points</strong></p>\n"
        if !report.findings.isEmpty {
            html += "<section class=\"findings\">\n<h2>Findings</h2>\n"
            for finding in report.findings {
                var text = (finding.location.map { "\($0): " } ?? "") + finding.message
                if let excerpt = finding.excerpt { text += "\n" + excerpt }
                let severity = finding.kind == .outsideEdit ? "warning" : "error"
                html += "<div class=\"diagnostic \(severity)\"><pre>" + HTMLEscaping.escape(text) + "</pre></div>\n"
            }
            html += "</section>\n"
        }
        for exercise in report.exercises { html += exerciseHTML(exercise) }
        html += "<p class=\"feedback-note\">" + HTMLEscaping.escape(budgets) + "</p>\n"
        return Template(text: DefaultTemplates.standalone).render([
            "title": HTMLEscaping.escape(lessonTitle + " · " + report.student),
            "style": DefaultTemplates.style,
            "header": "",
            "content": html,
        ])
    }

    static func exerciseHTML(_ exercise: ExerciseReport) -> String {
        var html = "<section class=\"cell cell-exercise\" id=\"exercise-" + HTMLEscaping.escape(exercise.id) + "\">\n"
        html += "<h2>Exercise " + HTMLEscaping.escape(exercise.id) + " · " + formatPoints(exercise.points) + " of "
            + formatPoints(exercise.possible) + " points</h2>\n"
        switch exercise.status {
        case .graded: break
        case .missing: html += "<p class=\"verdict fail\">This exercise is missing from the submission.</p>\n"
        case .notGraded: html += "<p class=\"verdict fail\">This exercise was not graded (see the findings).</p>\n"
        }
        if let code = exercise.code, let first = exercise.firstLine {
            html += codeHTML(code, firstLine: first)
        }
        if !exercise.output.isEmpty {
            var output = exercise.output
            if output.hasSuffix("\n") { output.removeLast() }
            html += "<pre class=\"output\">" + HTMLEscaping.escape(output.hasPrefix("\n") ? "\n" + output : output) + "</pre>\n"
        }
        for error in exercise.errors {
            html += "<div class=\"diagnostic error\"><pre>" + HTMLEscaping.escape(error) + "</pre></div>\n"
        }
        if !exercise.checks.isEmpty {
            html += "<table class=\"checks\">\n<tr><th></th><th class=\"align-left\">check</th><th>points</th></tr>\n"
            for check in exercise.checks {
                var text = HTMLEscaping.escape(check.message)
                if check.hidden { text += " <em>(hidden)</em>" }
                if !check.passed, let expected = check.expected, let actual = check.actual {
                    text += "<br>expected <code>" + HTMLEscaping.escape(expected) + "</code>, got <code>"
                        + HTMLEscaping.escape(actual) + "</code>"
                }
                if !check.passed, let detail = check.detail { text += "<br>" + HTMLEscaping.escape(detail) }
                if let note = check.note { text += "<br><em>" + HTMLEscaping.escape(note) + "</em>" }
                html += "<tr><td class=\"verdict \(check.passed ? "pass" : "fail")\">\(check.passed ? "✓" : "✗")</td><td>" + text
                    + "</td><td class=\"points\">" + formatPoints(check.points) + " / " + formatPoints(check.possible) + "</td></tr>\n"
            }
            html += "</table>\n"
        }
        return html + "</section>\n"
    }

    /// Highlighted code numbered with the student's file's lines.
    static func codeHTML(_ code: String, firstLine: Int) -> String {
        var lines = SwiftHighlighter.highlightedLines(code)
        if code.hasSuffix("\n"), lines.last?.isEmpty == true { lines.removeLast() }
        var html = "<pre class=\"code\"><code>"
        for (index, spans) in lines.enumerated() {
            html += "<span class=\"ln\" aria-hidden=\"true\">\(firstLine + index)</span>"
            for span in spans {
                let text = HTMLEscaping.escape(span.text)
                html += LessonPage.cssClass(span.kind).map { "<span class=\"\($0)\">" + text + "</span>" } ?? text
            }
            html += "\n"
        }
        return html + "</code></pre>\n"
    }
}
