import Outcomes

/// Pages of the similarity report: the list of alike pairs, and each top pair side by side
/// with the code they share marked.
public enum SimilarityPage {
    public struct Row: Sendable {
        public var first: String
        public var second: String
        public var score: Double
        public var shared: Int
        /// The side-by-side page, relative to the list, when there is one.
        public var link: String?

        public init(first: String, second: String, score: Double, shared: Int, link: String?) {
            self.first = first
            self.second = second
            self.score = score
            self.shared = shared
            self.link = link
        }
    }

    public struct Exercise: Sendable {
        public var id: String
        public var code: String
        /// UTF-8 ranges of `code` shared with the other side.
        public var marks: [Range<Int>]

        public init(id: String, code: String, marks: [Range<Int>]) {
            self.id = id
            self.code = code
            self.marks = marks
        }
    }

    public struct Side: Sendable {
        public var student: String
        public var exercises: [Exercise]

        public init(student: String, exercises: [Exercise]) {
            self.student = student
            self.exercises = exercises
        }
    }

    public static func index(title: String, rows: [Row], threshold: Double) -> String {
        var html = "<h1>Similar submissions · " + HTMLEscaping.escape(title) + "</h1>\n"
        html += "<p>Pairs whose exercise code shares at least \(percent(threshold)) of the smaller submission's fingerprints "
            + "(identifiers and literals ignored, the starter and code most of the class shares left out). "
            + "Alike code is a reason to look, not proof.</p>\n"
        if rows.isEmpty {
            html += "<p>No pair of submissions is suspiciously alike.</p>\n"
        } else {
            html += "<table>\n<tr><th class=\"align-left\">students</th><th>score</th><th>shared fingerprints</th></tr>\n"
            for row in rows {
                let names = HTMLEscaping.escape(row.first) + " ~ " + HTMLEscaping.escape(row.second)
                let cell = row.link.map { "<a href=\"" + HTMLEscaping.escape($0) + "\">" + names + "</a>" } ?? names
                html += "<tr><td>" + cell + "</td><td class=\"align-right\">" + percent(row.score)
                    + "</td><td class=\"align-right\">\(row.shared)</td></tr>\n"
            }
            html += "</table>\n"
        }
        return page(title: "Similar submissions · " + title, content: html)
    }

    public static func sideBySide(title: String, score: Double, left: Side, right: Side) -> String {
        var html = "<h1>" + HTMLEscaping.escape(left.student) + " ~ " + HTMLEscaping.escape(right.student) + "</h1>\n"
        html += "<p>" + HTMLEscaping.escape(title) + " · " + percent(score) + " alike · shared code is marked.</p>\n"
        html += "<div class=\"side-by-side\">\n"
        for side in [left, right] {
            html += "<div>\n<h2>" + HTMLEscaping.escape(side.student) + "</h2>\n"
            for exercise in side.exercises {
                html += "<h3>" + HTMLEscaping.escape(exercise.id) + "</h3>\n<pre class=\"code\"><code>"
                    + marked(exercise.code, exercise.marks) + "</code></pre>\n"
            }
            html += "</div>\n"
        }
        html += "</div>\n"
        return page(title: left.student + " ~ " + right.student, content: html)
    }

    /// `code` escaped, with the marked byte ranges (merged) inside `<mark>`.
    static func marked(_ code: String, _ marks: [Range<Int>]) -> String {
        let bytes = Array(code.utf8)
        var inside = [Bool](repeating: false, count: bytes.count + 1)
        for range in marks {
            for i in max(0, range.lowerBound)..<min(bytes.count, range.upperBound) { inside[i] = true }
        }
        var html = ""
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, inside[end] == inside[start] { end += 1 }
            // Ranges come from token boundaries, so every piece is whole UTF-8.
            let piece = HTMLEscaping.escape(String(decoding: bytes[start..<end], as: UTF8.self))
            html += inside[start] ? "<mark class=\"match\">" + piece + "</mark>" : piece
            start = end
        }
        return html
    }

    private static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded())) %" }

    private static func page(title: String, content: String) -> String {
        Template(text: DefaultTemplates.standalone).render([
            "title": HTMLEscaping.escape(title),
            "style": DefaultTemplates.style,
            "header": "",
            "content": content,
        ])
    }
}
