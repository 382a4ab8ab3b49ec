import Foundation
import LessonFormat
import Outcomes
import XCTest
@testable import Site

/// The site's offline search: `export` writes a deterministic index of headings, prose and
/// shown code, and the shipped script finds a word from each, linking to its section. The
/// script runs in node (Debian's `nodejs`), with a deadline, exactly as the page runs it.
final class SiteSearchTests: XCTestCase {
    private let lessons = [
        Fixtures.result(Fixtures.lesson("""
        # The perceptron

        A perceptron weighs its inputs and fires above a threshold.

        ## Learning rule

        Each mistake nudges the weights toward the right answer.

        ```swift
        let learningRate = 0.1
        ```

        ```swift exercise id=w points=1
        let answer = 0
        ```

        ```swift solution id=w
        let secretSolutionName = 1
        ```
        """, file: "01-perceptron.md")),
        Fixtures.result(Fixtures.lesson("""
        # Gradient descent

        ## Momentum

        The velocity remembers earlier steps, so the descent rolls through flat regions.
        """, file: "02-descent.md")),
    ]

    private func files(withSolutions: Bool = false) -> [String: String] {
        let built = SiteBuilder(options: SiteOptions(courseTitle: "Course", withSolutions: withSolutions)).build(lessons)
        return Dictionary(uniqueKeysWithValues: built.map { ($0.path, $0.contents) })
    }

    /// Runs `lecternSearch.find(index, query)` in node for each query; one line of links per query.
    private func search(_ queries: [String], files: [String: String]) throws -> [String] {
        guard let node = ["/usr/bin/node", "/usr/bin/nodejs", "/usr/local/bin/node"].first(where: FileManager.default.isExecutableFile) else {
            throw XCTSkip("node is not installed (apt-get install nodejs)")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lectern-search-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["search-index.js", "search.js"] {
            try XCTUnwrap(files[name], name).write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let driver = """
        const fs = require("fs"), vm = require("vm");
        const context = {};
        vm.createContext(context);
        for (const name of ["search-index.js", "search.js"]) { vm.runInContext(fs.readFileSync(name, "utf8"), context); }
        for (const query of JSON.parse(process.argv[1])) {
          console.log(context.lecternSearch.find(context.lecternSearchIndex, query).map(h => h.link).join(" "));
        }
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: node)
        process.arguments = ["-e", driver, String(decoding: try JSONEncoder().encode(queries), as: UTF8.self)]
        process.currentDirectoryURL = folder
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let killer = DispatchWorkItem { process.terminate() }
        DispatchQueue.global().asyncAfter(deadline: .now() + 10, execute: killer)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        killer.cancel()
        XCTAssertEqual(process.terminationStatus, 0)
        return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    func testFindsAWordFromProseAHeadingAndCode() throws {
        let results = try search(["threshold", "momentum", "learningRate", "rate", "desc", "weights answer", "nothingsuch"], files: files())
        XCTAssertEqual(results, [
            "01-perceptron.html",                            // prose of the lesson's top
            "02-descent.html#momentum",                      // a heading (and its prose)
            "01-perceptron.html#learning-rule",              // an identifier in code
            "01-perceptron.html#learning-rule",              // a camel-case part of it
            "02-descent.html 02-descent.html#momentum",      // a prefix: the title's section first
            "01-perceptron.html#learning-rule",              // every term must match
            "",
        ])
    }

    func testTheIndexHoldsOnlyWhatThePageShows() throws {
        XCTAssertFalse(try XCTUnwrap(files()["search-index.js"]).contains("secretsolutionname"))
        XCTAssertTrue(try XCTUnwrap(files(withSolutions: true)["search-index.js"]).contains("\n\"secretsolutionname\":[1],\n"))
    }

    func testTheIndexIsCompactAndDeterministic() throws {
        let index = try XCTUnwrap(files()["search-index.js"])
        XCTAssertEqual(index, try XCTUnwrap(files()["search-index.js"]))
        XCTAssertTrue(index.hasPrefix("var lecternSearchIndex = {\"sections\":[\n[\"01-perceptron.html\",\"The perceptron\",\"The perceptron\",\"A perceptron weighs"), index)
        XCTAssertTrue(index.contains("\n\"momentum\":[3],\n"), index)
        XCTAssertTrue(index.contains("\n\"the\":[0,1,3],\n"), "each word once, with its sections: \(index)")
    }

    func testMathsIsIndexedAsItReads() throws {
        let lesson = Fixtures.result(Fixtures.lesson("# Steps\n\nEach step sets $\\theta \\leftarrow \\theta - \\eta g$.\n", file: "03-steps.md"))
        let index = try XCTUnwrap(SiteBuilder(options: SiteOptions(courseTitle: "C")).build([lesson]).first { $0.path == "search-index.js" }?.contents)
        XCTAssertTrue(index.contains("\"Each step sets θ ← θ − η"), index)
        XCTAssertFalse(index.contains("leftarrow"), index)
    }

    func testEveryPageHasTheSearchBoxHiddenUntilTheScriptRuns() throws {
        let site = files()
        for page in ["index.html", "01-perceptron.html", "02-descent.html"] {
            let html = try XCTUnwrap(site[page])
            XCTAssertTrue(html.contains("<form class=\"site-search\" role=\"search\" hidden>"), page)
            XCTAssertTrue(html.contains("<script src=\"search-index.js\" defer></script>\n<script src=\"search.js\" defer></script>"), page)
            XCTAssertFalse(html.contains("http://") || html.contains("https://"), "nothing leaves the page: \(page)")
        }
    }
}
