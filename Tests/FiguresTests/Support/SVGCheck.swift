import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Figures
import Plots
import XCTest

/// The elements of an SVG document, flattened in document order, for structural assertions.
struct ParsedSVG {
    struct Element {
        var name: String
        var attributes: [String: String]
        /// The names of the enclosing elements' classes, outermost first.
        var ancestorClasses: [String]

        var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }
    }

    var elements: [Element]

    /// Elements whose class list contains `name`.
    func withClass(_ name: String) -> [Element] { elements.filter { $0.classes.contains(name) } }

    /// Line paths (`lp-line`) drawn inside a series group (`lp-series`): one per drawn series.
    var seriesPaths: [Element] {
        elements.filter { $0.name == "path" && $0.classes.contains("lp-line") && $0.ancestorClasses.contains("lp-series") }
    }

    /// The `data-name` of every series group, in order.
    var seriesNames: [String] { withClass("lp-series").compactMap { $0.attributes["data-name"] } }
}

/// Renders `figure` to SVG and parses it, failing the test unless it is well-formed XML.
func renderedSVG(_ figure: Figure, file: StaticString = #filePath, line: UInt = #line) -> ParsedSVG {
    final class Collector: NSObject, XMLParserDelegate {
        var elements: [ParsedSVG.Element] = []
        var open: [[String]] = []
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let element = ParsedSVG.Element(name: name, attributes: attributes, ancestorClasses: open.flatMap { $0 })
            elements.append(element)
            open.append(element.classes)
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
        }
    }
    let svg = renderSVG(figure)
    let parser = XMLParser(data: Data(svg.utf8))
    let collector = Collector()
    parser.delegate = collector
    XCTAssertTrue(parser.parse(), "the SVG is not well-formed XML: \(String(describing: parser.parserError))", file: file, line: line)
    XCTAssertEqual(collector.elements.first?.name, "svg", file: file, line: line)
    return ParsedSVG(elements: collector.elements)
}

/// The line chart inside `figure`, failing the test if it holds another kind.
func lineChart(_ figure: Figure, file: StaticString = #filePath, line: UInt = #line) -> LineChart? {
    guard case .line(let chart) = figure.content else {
        XCTFail("expected a line chart, got \(figure.content)", file: file, line: line)
        return nil
    }
    return chart
}

/// Asserts that `body` throws a `FigureError` whose message contains every one of `fragments`.
func assertFigureError<T>(_ body: @autoclosure () throws -> T, mentions fragments: [String],
                          file: StaticString = #filePath, line: UInt = #line) {
    do {
        _ = try body()
        XCTFail("expected a FigureError mentioning \(fragments)", file: file, line: line)
    } catch let error as FigureError {
        for fragment in fragments {
            XCTAssertTrue(error.message.contains(fragment), "“\(error.message)” should mention “\(fragment)”", file: file, line: line)
        }
    } catch {
        XCTFail("expected a FigureError, got \(type(of: error)): \(error)", file: file, line: line)
    }
}
