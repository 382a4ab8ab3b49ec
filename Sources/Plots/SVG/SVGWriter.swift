/// Builds SVG text one element per line, escaping everything that comes from the user.
///
/// Attributes are written in the order given (never from a dictionary), which keeps output
/// byte-identical across runs.
struct SVGWriter {
    private(set) var output = ""

    /// Opens an element that will contain others.
    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        output += "<\(name)\(Self.attributes(attributes))>\n"
    }

    /// Closes the innermost open element of that name.
    mutating func close(_ name: String) {
        output += "</\(name)>\n"
    }

    /// An element without content.
    mutating func empty(_ name: String, _ attributes: [(String, String)]) {
        output += "<\(name)\(Self.attributes(attributes))/>\n"
    }

    /// An element whose content is escaped text.
    mutating func text(_ name: String, _ attributes: [(String, String)] = [], _ content: String) {
        output += "<\(name)\(Self.attributes(attributes))>\(escapeXML(content))</\(name)>\n"
    }

    /// Raw, already-valid markup (the style sheet).
    mutating func raw(_ markup: String) {
        output += markup
    }

    private static func attributes(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(escapeXML($0.1))\"" }.joined()
    }
}

/// `text` made safe for XML content and attribute values.
///
/// Besides the five markup characters, control characters that XML 1.0 forbids are replaced by
/// U+FFFD so that a stray byte in a series name cannot make the whole page unparseable.
func escapeXML(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "&": result += "&amp;"
        case "<": result += "&lt;"
        case ">": result += "&gt;"
        case "\"": result += "&quot;"
        case "'": result += "&#39;"
        case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
        default:
            let value = scalar.value
            if value < 0x20 || value == 0xFFFE || value == 0xFFFF {
                result += "\u{FFFD}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
    }
    return result
}
