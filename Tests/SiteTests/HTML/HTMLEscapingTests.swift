import LessonFormat
import Outcomes
import Plots
import XCTest
@testable import Site

/// Nothing from a lesson or its run reaches a page unescaped.
final class HTMLEscapingTests: XCTestCase {
    private func page(_ markdown: String, _ adjust: (inout [CellResult]) -> Void = { _ in }) -> String {
        let result = Fixtures.result(Fixtures.lesson(markdown), adjust)
        let files = SiteBuilder(options: SiteOptions(courseTitle: "Course")).build([result])
        return files.first { $0.path == "01-intro.html" }?.contents ?? ""
    }

    /// The `<article>` part of a page.
    private func article(_ html: String) -> String {
        guard let start = html.range(of: "<article class=\"lesson\">\n"), let end = html.range(of: "</article>") else { return "" }
        return String(html[start.upperBound..<end.lowerBound].dropLast())  // the template's newline
    }

    func testEscapeFunction() {
        XCTAssertEqual(HTMLEscaping.escape("<a href=\"x\">Tom & 'Jerry'</a>\u{1B}"),
                       "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;␛")
    }

    func testScriptInProseIsEscaped() {
        let html = page("# T\n\nHello <script>alert(1)</script> world\n\n<script>\nalert(2)\n</script>\n")
        XCTAssertFalse(article(html).contains("<script"), "only the site's own search scripts: \(html)")
        XCTAssertEqual(article(html), """
        <h1 id="t">T</h1>
        <p>Hello &lt;script&gt;alert(1)&lt;/script&gt; world</p>
        <pre class="raw-html">&lt;script&gt;
        alert(2)
        &lt;/script&gt;</pre>

        """)
    }

    func testScriptInCodeAndOutputIsEscaped() {
        let html = page("# T\n\n```swift\nprint(\"<script>x</script>\")\n```\n") { cells in
            cells[0].output = "<script>x</script>\n"
            cells[0].displayedValue = "<b>"
        }
        XCTAssertFalse(article(html).contains("<script"), "only the site's own search scripts: \(html)")
        XCTAssertFalse(html.contains("<b>"), html)
        XCTAssertEqual(article(html), """
        <h1 id="t">T</h1>
        <div class="cell cell-run" id="cell-L3">
        <pre class="code"><code><span class="ln" aria-hidden="true">4</span>print(<span class="st">&quot;&lt;script&gt;x&lt;/script&gt;&quot;</span>)
        </code></pre>
        <pre class="output">&lt;script&gt;x&lt;/script&gt;</pre>
        <pre class="output value">&lt;b&gt;</pre>
        </div>

        """)
    }

    func testFigureLabelsAreEscaped() {
        let html = page("# T\n\n```swift\nplot()\n```\n") { cells in
            cells[0].figures = [Figure.bar(labels: ["<script>"], values: [1], title: "</svg><script>alert(1)</script>",
                                           xLabel: "a & b", yLabel: "\"q\"")]
        }
        XCTAssertFalse(article(html).contains("<script"), "only the site's own search scripts: \(html)")
        XCTAssertEqual(html.components(separatedBy: "<svg").count, 2)
        XCTAssertEqual(html.components(separatedBy: "</svg>").count, 2)
    }

    func testErrorMessagesAreEscaped() {
        let html = page("# T\n\n```swift\nlet a = b < c\n```\n") { cells in
            cells[0].status = .failed
            cells[0].diagnostic = Diagnostic(at: SourceLocation(file: "01-intro.md", line: 4, column: 13), "no <script> here")
        }
        XCTAssertTrue(html.contains("<div class=\"diagnostic error\"><pre>01-intro.md:4:13: error: no &lt;script&gt; here\nlet a = b &lt; c\n            ^</pre></div>"), html)
    }

    func testMathsCannotInjectMarkup() {
        let html = article(page("# T\n\nInline $a < b \\text{<script>}$ and\n\n$$</math><script>x</script>$$"))
        XCTAssertFalse(article(html).contains("<script"), "only the site's own search scripts: \(html)")
        XCTAssertFalse(html.contains("< b"), html)
        XCTAssertEqual(html.components(separatedBy: "<math").count, 3, html)
    }

    func testDangerousLinksLoseTheirAddress() {
        let html = article(page("# T\n\n[click](javascript:alert(1)) [tab](java&#9;script:x) [ok](https://example.org/a?b=1&c=2) [rel](notes.html#top)"))
        XCTAssertEqual(html, """
        <h1 id="t">T</h1>
        <p>click tab <a href="https://example.org/a?b=1&amp;c=2">ok</a> <a href="notes.html#top">rel</a></p>

        """)
    }

    func testExternalImagesBecomeLinksAndLocalOnesStay() {
        let html = article(page("# T\n\n![a plot](https://example.org/p.png) ![local](img/p.png \"Title\")"))
        XCTAssertEqual(html, """
        <h1 id="t">T</h1>
        <p><a href="https://example.org/p.png">a plot</a> <img src="img/p.png" alt="local" title="Title"></p>

        """)
    }

    func testPipeTableBecomesATableWithEscapedCells() {
        XCTAssertEqual(article(page("# T\n\n| a | <b> |\n|:-:|---|\n| `x<y` | 2 |")), """
        <h1 id="t">T</h1>
        <table>
        <thead>
        <tr><th class="align-center">a</th><th>&lt;b&gt;</th></tr>
        </thead>
        <tbody>
        <tr><td class="align-center"><code>x&lt;y</code></td><td>2</td></tr>
        </tbody>
        </table>

        """)
    }

    func testOutputStartingWithANewlineKeepsIt() {
        let html = page("# T\n\n```swift\nprint()\n```\n") { cells in cells[0].output = "\nx\n" }
        XCTAssertTrue(html.contains("<pre class=\"output\">\n\nx</pre>"), html)
    }
}
