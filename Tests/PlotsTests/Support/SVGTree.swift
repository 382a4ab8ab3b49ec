import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// An SVG document parsed into a small element tree, so tests can assert on structure.
final class SVGElement {
    let name: String
    let attributes: [String: String]
    var children: [SVGElement] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Every element below this one (depth first), this one included.
    var all: [SVGElement] { [self] + children.flatMap(\.all) }

    /// Elements with this tag name, anywhere below.
    func elements(_ name: String) -> [SVGElement] { all.filter { $0.name == name } }

    /// Elements whose class list contains `className`, anywhere below.
    func withClass(_ className: String) -> [SVGElement] {
        all.filter { ($0.attributes["class"] ?? "").split(separator: " ").contains(Substring(className)) }
    }

    /// Text of the `text` elements below, in order.
    var texts: [String] { elements("text").map(\.text) }

    func child(_ name: String) -> SVGElement? { children.first { $0.name == name } }
}

/// Parses SVG text with Foundation's XMLParser; fails the test if it is not well-formed XML.
func parseSVG(_ svg: String, file: StaticString = #filePath, line: UInt = #line) -> SVGElement {
    final class Delegate: NSObject, XMLParserDelegate {
        var stack: [SVGElement] = []
        var root: SVGElement?
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let element = SVGElement(name: name, attributes: attributes)
            stack.last?.children.append(element)
            if root == nil { root = element }
            stack.append(element)
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
    let parser = XMLParser(data: Data(svg.utf8))
    let delegate = Delegate()
    parser.delegate = delegate
    let ok = parser.parse()
    XCTAssertTrue(ok, "SVG is not well-formed: \(String(describing: parser.parserError))", file: file, line: line)
    return delegate.root ?? SVGElement(name: "none", attributes: [:])
}

/// Checks what every SVG figure must have: root attributes, title, desc and style.
func assertAccessibleSVG(_ root: SVGElement, title: String, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(root.name, "svg", file: file, line: line)
    XCTAssertEqual(root.attributes["role"], "img", file: file, line: line)
    XCTAssertEqual(root.attributes["xmlns"], "http://www.w3.org/2000/svg", file: file, line: line)
    XCTAssertNotNil(root.attributes["viewBox"], file: file, line: line)
    XCTAssertNotNil(root.attributes["width"], file: file, line: line)
    XCTAssertNotNil(root.attributes["height"], file: file, line: line)
    XCTAssertEqual(root.children.first?.name, "title", "title must be the first child", file: file, line: line)
    XCTAssertEqual(root.child("title")?.text, title, file: file, line: line)
    XCTAssertFalse(root.child("desc")?.text.isEmpty ?? true, "desc must say what is drawn", file: file, line: line)
    XCTAssertNotNil(root.child("style"), file: file, line: line)
}
