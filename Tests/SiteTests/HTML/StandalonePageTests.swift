import XCTest
@testable import Site

/// A page that stands alone, for grading feedback.
final class StandalonePageTests: XCTestCase {
    func testInlinesTheStyleAndEscapesTheHeader() {
        let result = Fixtures.result(Fixtures.lesson("# Perceptron\n\n```swift exercise id=x points=1\n```\n\n```swift solution id=x\nSECRET\n```\n"))
        let html = SiteBuilder(options: SiteOptions(courseTitle: "C")).standalonePage(result, header: "Ada <Lovelace>: 3/4")
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"))
        XCTAssertTrue(html.contains("<title>Perceptron · Ada &lt;Lovelace&gt;: 3/4</title>"))
        XCTAssertTrue(html.contains("<style>\n" + SiteTemplates.standard.style + "</style>"))
        XCTAssertTrue(html.contains("<p class=\"standalone-header\">Ada &lt;Lovelace&gt;: 3/4</p>\n<article class=\"lesson\">\n<h1 id=\"perceptron\">Perceptron</h1>"))
        XCTAssertFalse(html.contains("SECRET"))
        XCTAssertFalse(html.contains("href=\"style.css\""))
        XCTAssertFalse(html.contains("class=\"sidebar\""))
    }
}
