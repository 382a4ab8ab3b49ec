/// Makes control characters visible, so that text from a lesson or from lesson code can never
/// drive a terminal (escape sequences) or make an HTML page invalid.
///
/// A control character is shown as its Unicode "control picture" (ESC becomes `␛`); newlines
/// and tabs are kept, and `\r\n` becomes `\n`. A lone carriage return is made visible too,
/// because a terminal would otherwise overwrite the line before it.
enum ControlCharacters {
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsReplacing) || text.contains("\r\n") else { return text }
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if scalar == "\r", index < scalars.count, scalars[index] == "\n" { continue }
            guard needsReplacing(scalar) else { result.append(scalar); continue }
            result.append(picture(for: scalar))
        }
        return String(result)
    }

    private static func needsReplacing(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if scalar == "\n" || scalar == "\t" { return false }
        return value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value)
    }

    private static func picture(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value < 0x20 { return Unicode.Scalar(0x2400 + value) ?? "\u{FFFD}" }
        if value == 0x7F { return "\u{2421}" }
        return "\u{FFFD}"
    }
}
