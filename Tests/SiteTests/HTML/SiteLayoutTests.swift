import LessonFormat
import Outcomes
import Plots
import XCTest
@testable import Site

/// What the screenshots of the site showed, kept as tests of the markup and the style sheet
/// (the screenshots themselves: `scripts/screenshots`).
final class SiteLayoutTests: XCTestCase {
    private let style = DefaultTemplates.style

    private func page(_ markdown: String, _ adjust: (inout [CellResult]) -> Void = { _ in }) -> String {
        let result = Fixtures.result(Fixtures.lesson(markdown), adjust)
        return SiteBuilder(options: SiteOptions(courseTitle: "C")).build([result]).first { $0.path == "01-intro.html" }?.contents ?? ""
    }

    func testAGraphFigureKeepsItsSizeAndScrolls() {
        let html = page("# T\n\n```swift\nshow(f)\n```\n") { cells in
            cells[0].figures = [Figure.graph(GraphFigure(nodes: [GraphNode(id: 0, label: "x", value: 1, grad: 1)], edges: []))]
        }
        XCTAssertTrue(html.contains("<figure class=\"figure figure-graph\"><svg"), html)
        XCTAssertTrue(style.contains("figure.figure-graph svg { max-width: none; }"))
        XCTAssertTrue(style.contains("figure.figure { margin: 0.75rem 0; overflow-x: auto; }"))
    }

    func testMathsIsAsLargeAsTheTextAndPunctuationStaysWithIt() {
        XCTAssertTrue(style.contains("math { font-size: 1.15em;"))
        let html = page("# T\n\nThe sum is $x + y$. And $z$, then $w$ again.\n")
        XCTAssertTrue(html.contains("<span class=\"math-run\"><math"), html)
        XCTAssertTrue(html.contains("</math>.</span> And <span class=\"math-run\"><math"), html)
        XCTAssertTrue(html.contains("</math>,</span> then <math"), html)
        XCTAssertTrue(html.contains("</math> again."), html)
        XCTAssertTrue(style.contains(".math-run { white-space: nowrap; }"))
    }

    func testOnAPhoneTheLessonComesFirstAndNothingIsClippedOrTiny() {
        let phone = try? XCTUnwrap(style.components(separatedBy: "@media (max-width: 50rem) {").last)
        XCTAssertTrue(phone?.contains(".sidebar .lessons > li:not(.current), .sidebar .sections { display: none; }") == true)
        XCTAssertTrue(phone?.contains("figure.figure svg { min-width: 36rem; }") == true, "tick labels stay readable")
        XCTAssertTrue(style.contains(".display-math { overflow-x: auto;"), "a display formula scrolls, never clipped")
    }

    func testOnADesktopCodeHasRoomAndProseAReadableMeasure() {
        XCTAssertTrue(style.contains("main { max-width: 72rem;"))
        XCTAssertTrue(style.contains(".lesson > p, .lesson > ul, .lesson > ol, .lesson > blockquote, .lesson > h1, .lesson > h2, .lesson > h3, .lesson > h4 { max-width: 46rem; }"))
    }

    func testAPassingDoctestAddsNoLabelForReaders() {
        let lesson = Fixtures.lesson("# T\n\n```swift\nprint(1)\n```\n\n```output\n1\n```\n")
        var result = Fixtures.result(lesson)
        if let expected = lesson.cells[0].expectedOutput {
            result.cells[0].output = "1\n"
            result.cells[0].doctest = DoctestResult.compare(actual: "1\n", expected: expected, file: lesson.file)
        }
        let html = SiteBuilder(options: SiteOptions(courseTitle: "C")).build([result]).first { $0.path == "01-intro.html" }?.contents ?? ""
        XCTAssertTrue(html.contains("<pre class=\"output\">1</pre>"), html)
        XCTAssertFalse(html.contains("output matches"), html)
    }
}
