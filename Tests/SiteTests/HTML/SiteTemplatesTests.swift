import XCTest
@testable import Site

/// Page templates: `{{name}}` substitution and a course author's overrides.
final class SiteTemplatesTests: XCTestCase {
    func testPlaceholdersAreFilledOnceAndUnknownOnesKept() {
        let template = Template(text: "<p>{{ a }}|{{b}}|{{unknown}}|{{a</p>")
        XCTAssertEqual(template.render(["a": "{{b}}", "b": "B"]), "<p>{{b}}|B|{{unknown}}|{{a</p>")
    }

    func testFolderOverridesOnlyTheFilesItHas() throws {
        let folder = NSTemporaryDirectory() + "lectern-templates-\(ProcessInfo.processInfo.processIdentifier)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "<!DOCTYPE html><title>{{title}}</title>{{content}}".write(toFile: folder + "/page.html", atomically: true, encoding: .utf8)
        let templates = try SiteTemplates.overriding(from: folder)
        XCTAssertEqual(templates.page, "<!DOCTYPE html><title>{{title}}</title>{{content}}")
        XCTAssertEqual(templates.index, SiteTemplates.standard.index)
        XCTAssertEqual(templates.style, SiteTemplates.standard.style)

        let result = Fixtures.result(Fixtures.lesson("# Hi\n\ntext"))
        let page = SiteBuilder(options: SiteOptions(courseTitle: "C", templates: templates)).build([result])
            .first { $0.path == "01-intro.html" }
        XCTAssertEqual(page?.contents, "<!DOCTYPE html><title>Hi</title><h1 id=\"hi\">Hi</h1>\n<p>text</p>\n")
    }

    func testMissingFolderIsAClearError() {
        XCTAssertThrowsError(try SiteTemplates.overriding(from: "/nonexistent/lectern-templates")) { error in
            XCTAssertEqual("\(error)", "template folder '/nonexistent/lectern-templates' does not exist or is not a folder")
        }
    }
}
