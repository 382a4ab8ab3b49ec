/// Escapes text for HTML element content and attribute values.
///
/// Everything that reaches a page from a lesson (prose, code, output, error messages, raw HTML
/// blocks) goes through here, so a lesson can never inject markup or script into the site.
/// Control characters are made visible first, as HTML5 forbids most of them.
enum HTMLEscaping {
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in ControlCharacters.visible(text).unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
