import LessonFormat
import Outcomes
import Plots
import XCTest
@testable import Site

/// The course site: files, navigation, exercises, maths, figures, determinism.
final class SiteBuilderTests: XCTestCase {
    private let first = """
    # The perceptron

    A neuron computes $w \\cdot x + b$:

    $$
    y = \\sigma(z)
    $$

    ## Weights

    ```swift
    let w = [0.5, -1.0]
    print(w)
    ```

    ```output
    [0.5, -1.0]
    ```

    ### Bias

    ```swift exercise id=bias points=3
    let b = 0.0
    ```

    ```swift solution id=bias
    let b = SOLUTION_MARKER
    ```

    ```swift check id=bias
    check(b == 1.0)
    ```

    ```swift check id=bias hidden
    check(HIDDEN_CHECK_MARKER)
    ```

    Next: [layers](02-layers.md#stacking).
    """

    private let second = """
    # Layers

    ## Stacking

    Text.

    # Another top-level heading
    """

    private func results() -> [LessonResult] {
        let one = Fixtures.lesson(first, file: "Lessons/01-perceptron.md")
        let two = Fixtures.lesson(second, file: "Lessons/02-layers.md")
        let firstResult = Fixtures.result(one) { cells in
            cells[0].output = "[0.5, -1.0]\n"
            if let expected = cells[0].cell.expectedOutput {
                cells[0].doctest = DoctestResult.compare(actual: cells[0].output, expected: expected, file: one.file)
            }
            cells[0].figures = [Figure.function("w", x: [0, 1], y: [0.5, -1.0], title: "weights")]
            cells[2].output = "SOLUTION_OUTPUT\n"
            cells[4].output = "HIDDEN_CHECK_OUTPUT\n"
        }
        return [firstResult, Fixtures.result(two)]
    }

    private func build(withSolutions: Bool = false) -> [String: String] {
        let files = SiteBuilder(options: SiteOptions(courseTitle: "Neural networks", withSolutions: withSolutions)).build(results())
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
    }

    func testFilesAreNamedAfterLessons() {
        let files = SiteBuilder(options: SiteOptions(courseTitle: "C")).build(results())
        XCTAssertEqual(files.map(\.path), ["01-perceptron.html", "02-layers.html", "index.html", "search-index.js", "search.js", "style.css"])
    }

    func testIndexListsLessonsWithTheirHeadings() {
        XCTAssertEqual(build()["index.html"], """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <title>Neural networks</title>
        <link rel="stylesheet" href="style.css">
        </head>
        <body>
        <main class="index">
        <h1>Neural networks</h1>
        <nav class="toc" aria-label="Table of contents">
        <form class="site-search" role="search" hidden>
        <input type="search" name="q" placeholder="Search the course" aria-label="Search the course" autocomplete="off" spellcheck="false">
        <ol class="search-results" aria-live="polite"></ol>
        </form>
        <script src="search-index.js" defer></script>
        <script src="search.js" defer></script>
        <ol>
        <li><a href="01-perceptron.html">The perceptron</a>
        <ul class="sections">
        <li class="level-2"><a href="01-perceptron.html#weights">Weights</a></li>
        <li class="level-3"><a href="01-perceptron.html#bias">Bias</a></li>
        </ul>
        </li>
        <li><a href="02-layers.html">Layers</a>
        <ul class="sections">
        <li class="level-2"><a href="02-layers.html#stacking">Stacking</a></li>
        </ul>
        </li>
        </ol>
        </nav>
        </main>
        </body>
        </html>

        """)
    }

    func testPagesAreValidHTML5WithOneH1() {
        for (path, html) in build() where path.hasSuffix(".html") {
            XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"), path)
            let head = html.components(separatedBy: "</head>").first ?? ""
            XCTAssertEqual(head.components(separatedBy: "<title>").count, 2, path)
            XCTAssertEqual(html.components(separatedBy: "<h1").count, 2, path)
            XCTAssertTrue(html.hasSuffix("</html>\n"), path)
            XCTAssertEqual(TagBalance.problems(html), [], path)
        }
        XCTAssertEqual(TagBalance.problems("<p><em></p>"), ["</p> closes <em>", "unclosed: [\"p\", \"em\"]"])
        for (path, html) in build(withSolutions: true) where path.hasSuffix(".html") {
            XCTAssertEqual(TagBalance.problems(html), [], path)
        }
        XCTAssertTrue(build()["02-layers.html"]?.contains("<h2 id=\"another-top-level-heading\">Another top-level heading</h2>") == true)
    }

    func testPagesHavePreviousAndNextLinks() {
        let pages = build()
        let firstPage = pages["01-perceptron.html"] ?? ""
        let secondPage = pages["02-layers.html"] ?? ""
        XCTAssertEqual(firstPage.components(separatedBy: "<a class=\"next\" rel=\"next\" href=\"02-layers.html\">Layers →</a>").count, 3)
        XCTAssertFalse(firstPage.contains("rel=\"prev\""))
        XCTAssertEqual(secondPage.components(separatedBy: "<a class=\"prev\" rel=\"prev\" href=\"01-perceptron.html\">← The perceptron</a>").count, 3)
        XCTAssertFalse(secondPage.contains("rel=\"next\""))
        XCTAssertTrue(secondPage.contains("<li class=\"current\"><a href=\"02-layers.html\" aria-current=\"page\">Layers</a>"))
    }

    func testNoAssetComesFromAnotherHost() {
        for (path, text) in build() {
            for attribute in ["src=\"http", "href=\"http", "src=\"//", "href=\"//", "url(", "@import", "<link rel=\"stylesheet\" href=\"h"] {
                XCTAssertFalse(text.contains(attribute), "\(path) contains \(attribute)")
            }
            // The only scripts are the site's own search, local files.
            let scripts = text.components(separatedBy: "<script").dropFirst().map { $0.prefix(30) }
            XCTAssertTrue(scripts.allSatisfy { $0.hasPrefix(" src=\"search-index.js\"") || $0.hasPrefix(" src=\"search.js\"") }, "\(path): \(scripts)")
        }
        XCTAssertTrue(build()["style.css"]?.contains("prefers-color-scheme: dark") == true)
    }

    func testMathsBecomesMathML() {
        let page = build()["01-perceptron.html"] ?? ""
        XCTAssertTrue(page.contains("<p>A neuron computes <span class=\"math-run\"><math"), page)
        XCTAssertTrue(page.contains("<p class=\"display-math\"><math"), page)
        XCTAssertTrue(page.contains("display=\"block\""), page)
        XCTAssertFalse(page.contains("$"))
    }

    func testCodeOutputFigureAndDoctest() {
        let page = build()["01-perceptron.html"] ?? ""
        XCTAssertTrue(page.contains("""
        <div class="cell cell-run" id="cell-L11">
        <pre class="code"><code><span class="ln" aria-hidden="true">12</span><span class="kw">let</span> w <span class="op">=</span> [<span class="nu">0.5</span>, <span class="op">-</span><span class="nu">1.0</span>]
        <span class="ln" aria-hidden="true">13</span>print(w)
        </code></pre>
        <pre class="output">[0.5, -1.0]</pre>
        <figure class="figure"><svg
        """), page)
        XCTAssertTrue(page.contains("</svg></figure>\n</div>"), "a passing doctest adds no label: \(page)")
    }

    func testExercisesAreShownAndSolutionsHiddenByDefault() {
        let page = build()["01-perceptron.html"] ?? ""
        XCTAssertTrue(page.contains("<div class=\"cell cell-exercise\" id=\"cell-L22\">\n<p class=\"cell-label\">Exercise bias (3 points)</p>"), page)
        XCTAssertTrue(page.contains("<p class=\"cell-label\">Check</p>"))
        XCTAssertFalse(page.contains("SOLUTION_MARKER"))
        XCTAssertFalse(page.contains("SOLUTION_OUTPUT"))
        XCTAssertFalse(page.contains("Solution"))
    }

    func testSolutionsShownOnRequest() {
        let page = build(withSolutions: true)["01-perceptron.html"] ?? ""
        XCTAssertTrue(page.contains("<details class=\"cell cell-solution\" id=\"cell-L26\">\n<summary>Solution</summary>\n"), page)
        XCTAssertTrue(page.contains("SOLUTION_MARKER"))
        XCTAssertTrue(page.contains("<pre class=\"output\">SOLUTION_OUTPUT</pre>"))
    }

    func testHiddenChecksAreNeverShown() {
        for withSolutions in [false, true] {
            for (_, text) in build(withSolutions: withSolutions) {
                XCTAssertFalse(text.contains("HIDDEN_CHECK"))
                XCTAssertFalse(text.contains("Check (hidden)"))
            }
        }
    }

    func testTableOfContentsKeepsHeadingFormattingButNotLinks() {
        let result = Fixtures.result(Fixtures.lesson("# T\n\n## The *sigmoid* $\\sigma$ and [ReLU](https://x.org) `<tanh>`"))
        let index = SiteBuilder(options: SiteOptions(courseTitle: "C")).build([result]).first { $0.path == "index.html" }
        let entry = index?.contents.components(separatedBy: "<li class=\"level-2\">").last ?? ""
        XCTAssertTrue(entry.hasPrefix("<a href=\"01-intro.html#the-sigmoid-sigma-and-relu-tanh\">The <em>sigmoid</em> <math"), entry)
        XCTAssertTrue(entry.contains("</math> and ReLU <code>&lt;tanh&gt;</code></a></li>"), entry)
    }

    func testLinksToOtherLessonsPointAtTheirPages() {
        XCTAssertTrue(build()["01-perceptron.html"]?.contains("<a href=\"02-layers.html#stacking\">layers</a>") == true)
    }

    func testBuildingTwiceGivesIdenticalBytes() {
        let once = SiteBuilder(options: SiteOptions(courseTitle: "C", withSolutions: true)).build(results())
        let twice = SiteBuilder(options: SiteOptions(courseTitle: "C", withSolutions: true)).build(results())
        XCTAssertEqual(once, twice)
    }

    func testLessonWithoutTitleGetsOneFromItsFile() {
        let result = Fixtures.result(Fixtures.lesson("Just text.", file: "03-trees.md"))
        let page = SiteBuilder(options: SiteOptions(courseTitle: "C")).build([result]).first { $0.path == "03-trees.html" }
        XCTAssertTrue(page?.contents.contains("<title>03-trees · C</title>") == true)
        XCTAssertTrue(page?.contents.contains("<article class=\"lesson\">\n<h1>03-trees</h1>\n<p>Just text.</p>") == true)
    }

    func testDuplicateAndReservedNamesStayDistinct() {
        let lessons = ["a/01-x.md", "b/01-x.md", "index.md"].map { Fixtures.result(Fixtures.lesson("# T", file: $0)) }
        let paths = SiteBuilder(options: SiteOptions(courseTitle: "C")).build(lessons).map(\.path)
        XCTAssertEqual(paths, ["01-x-2.html", "01-x.html", "index-2.html", "index.html", "search-index.js", "search.js", "style.css"])
    }

    func testLocalImagesAreCopiedAndEscapingPathsAreNot() throws {
        let folder = NSTemporaryDirectory() + "lectern-assets-\(ProcessInfo.processInfo.processIdentifier)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/Lessons/img", withIntermediateDirectories: true)
        try "PNG".write(toFile: folder + "/Lessons/img/plot.png", atomically: true, encoding: .utf8)
        try "SECRET".write(toFile: folder + "/secret.png", atomically: true, encoding: .utf8)
        let lesson = Fixtures.lesson("# T\n\n![plot](img/plot.png) ![up](../secret.png) ![web](https://example.org/x.png)",
                                     file: folder + "/Lessons/01-t.md")
        let written = try SiteBuilder(options: SiteOptions(courseTitle: "C")).write([Fixtures.result(lesson)], to: folder + "/site")
        XCTAssertEqual(written.map { String($0.dropFirst(folder.count + 6)) },
                       ["01-t.html", "index.html", "search-index.js", "search.js", "style.css", "img/plot.png"])
        XCTAssertEqual(try String(contentsOfFile: folder + "/site/img/plot.png", encoding: .utf8), "PNG")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).sorted(), ["Lessons", "secret.png", "site"])
    }

    func testSymlinkedImagesLeadingOutOfTheFolderAndOddFilesAreNotCopied() throws {
        let folder = NSTemporaryDirectory() + "lectern-links-\(ProcessInfo.processInfo.processIdentifier)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/Lessons/img", withIntermediateDirectories: true)
        try "PNG".write(toFile: folder + "/Lessons/img/plot.png", atomically: true, encoding: .utf8)
        try "SECRET".write(toFile: folder + "/secret.png", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/Lessons/img/passwd.png", withDestinationPath: "/etc/passwd")
        try FileManager.default.createSymbolicLink(atPath: folder + "/Lessons/img/up.png", withDestinationPath: "../../secret.png")
        try FileManager.default.createSymbolicLink(atPath: folder + "/Lessons/img/inside.png", withDestinationPath: "plot.png")
        XCTAssertEqual(mkfifo(folder + "/Lessons/img/fifo.png", 0o644), 0)
        let lesson = Fixtures.lesson("# T\n\n![a](img/passwd.png) ![b](img/up.png) ![c](img/inside.png) ![d](img/fifo.png) ![e](img/none.png)",
                                     file: folder + "/Lessons/01-t.md")
        var skipped: [String] = []
        let written = try SiteBuilder(options: SiteOptions(courseTitle: "C"))
            .write([Fixtures.result(lesson)], to: folder + "/site") { skipped.append($0.description) }
        XCTAssertEqual(written.map { String($0.dropFirst(folder.count + 6)) }, ["01-t.html", "index.html", "search-index.js", "search.js", "style.css", "img/inside.png"])
        XCTAssertEqual(try String(contentsOfFile: folder + "/site/img/inside.png", encoding: .utf8), "PNG")
        XCTAssertEqual(skipped, [
            "image 'img/fifo.png' is not copied: it is not a regular file",
            "image 'img/none.png' is not copied: there is no such file in the lesson's folder",
            "image 'img/passwd.png' is not copied: it leads outside the lesson's folder",
            "image 'img/up.png' is not copied: it leads outside the lesson's folder",
        ])
    }

    func testWriteCreatesTheFiles() throws {
        let folder = NSTemporaryDirectory() + "lectern-site-\(ProcessInfo.processInfo.processIdentifier)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let written = try SiteBuilder(options: SiteOptions(courseTitle: "C")).write(results(), to: folder)
        XCTAssertEqual(written.map { ($0 as NSString).lastPathComponent }, ["01-perceptron.html", "02-layers.html", "index.html", "search-index.js", "search.js", "style.css"])
        XCTAssertEqual(try String(contentsOfFile: folder + "/style.css", encoding: .utf8), SiteTemplates.standard.style)
    }
}
