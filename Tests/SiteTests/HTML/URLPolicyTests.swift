import XCTest
@testable import Site

/// Addresses are judged as a browser reads them, so no spelling of another host passes as a
/// local image.
final class URLPolicyTests: XCTestCase {
    func testBackslashesAreSlashes() {
        for address in ["\\\\evil.example/c.png", "/\\evil.example/d.png", "\\/evil.example/e.png", " \t//evil.example/f.png",
                        "/\n/evil.example/g.png"] {
            XCTAssertEqual(URLPolicy.scheme(of: address), "//", address.debugDescription)
            XCTAssertFalse(URLPolicy.isLocalImage(address), address.debugDescription)
            XCTAssertTrue(URLPolicy.isAllowedLink(address), address.debugDescription)
        }
    }

    func testLocalAndForeignAddresses() {
        XCTAssertTrue(URLPolicy.isLocalImage("img/plot.png"))
        XCTAssertTrue(URLPolicy.isLocalImage("img\\plot.png"))
        XCTAssertFalse(URLPolicy.isLocalImage("https://example.org/x.png"))
        XCTAssertFalse(URLPolicy.isLocalImage("data:image/png;base64,AAAA"))
        XCTAssertFalse(URLPolicy.isLocalImage(" \t"))
        XCTAssertFalse(URLPolicy.isAllowedLink("java\tscript:alert(1)"))
        XCTAssertEqual(URLPolicy.browserForm(of: " img\\plot.png"), "img/plot.png")
    }

    func testBackslashImagesInAPageBecomeLinks() {
        let lesson = Fixtures.lesson("# T\n\n![c](\\\\\\\\evil.example/c.png) ![d](/\\evil.example/d.png) ![ok](img\\p.png)")
        let page = SiteBuilder(options: SiteOptions(courseTitle: "C")).build([Fixtures.result(lesson)])
            .first { $0.path == "01-intro.html" }?.contents ?? ""
        XCTAssertTrue(page.contains("<p><a href=\"\\\\evil.example/c.png\">c</a> <a href=\"/\\evil.example/d.png\">d</a> <img src=\"img/p.png\" alt=\"ok\"></p>"), page)
        XCTAssertFalse(page.contains("<img src=\"/"), page)
    }
}
