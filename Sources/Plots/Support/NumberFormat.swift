import Foundation

/// Locale-independent number formatting, so that identical figures give identical bytes.
enum NumberFormat {
    /// The typographic minus sign used in rendered labels.
    static let minus = "\u{2212}"

    /// `value` with exactly `decimals` digits after the point, a true minus sign and no "-0".
    static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return special(value) }
        let places = max(0, min(decimals, 12))
        var text = String(format: "%.\(places)f", value)
        if text.hasPrefix("-") {
            let digits = text.dropFirst()
            text = digits.allSatisfy({ $0 == "0" || $0 == "." }) ? String(digits) : minus + digits
        }
        return text
    }

    /// A compact label: fixed notation for ordinary magnitudes, `2×10⁻⁵` style otherwise.
    static func compact(_ value: Double, significant: Int = 4) -> String {
        guard value.isFinite else { return special(value) }
        if value == 0 { return "0" }
        let magnitude = abs(value)
        if magnitude >= 1e-4 && magnitude < 1e7 {
            let exponent = Int(floor(log10(magnitude)))
            let decimals = max(0, significant - 1 - exponent)
            return trimmed(fixed(value, decimals: decimals))
        }
        let exponent = Int(floor(log10(magnitude)))
        let mantissa = value / pow(10, Double(exponent))
        let mantissaText = trimmed(fixed(mantissa, decimals: significant - 1))
        return (mantissaText == "1" ? "" : mantissaText + "×") + "10" + superscript(exponent)
    }

    /// An SVG coordinate: at most two decimals, trailing zeros removed ("12.5", "-3", "0.07").
    ///
    /// Written with integer arithmetic rather than `String(format:)`: figures hold tens of
    /// thousands of coordinates and this is the renderer's hot path.
    static func coordinate(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e12 else { return value.isFinite ? String(Int(value.rounded())) : "0" }
        let hundredths = Int((value * 100).rounded())
        if hundredths == 0 { return "0" }
        let magnitude = abs(hundredths)
        var text = hundredths < 0 ? "-" : ""
        text += String(magnitude / 100)
        let fraction = magnitude % 100
        if fraction != 0 {
            text += fraction % 10 == 0 ? "." + String(fraction / 10) : (fraction < 10 ? ".0" : ".") + String(fraction)
        }
        return text
    }

    /// `text` without trailing zeros after a decimal point (and without a bare trailing point).
    static func trimmed(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var result = Substring(text)
        while result.hasSuffix("0") { result = result.dropLast() }
        if result.hasSuffix(".") { result = result.dropLast() }
        let plain = String(result)
        return plain == minus + "0" ? "0" : plain
    }

    /// An integer written with Unicode superscript digits, e.g. −5 → "⁻⁵".
    static func superscript(_ value: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        var text = value < 0 ? "⁻" : ""
        for character in String(abs(value)) {
            if let digit = character.wholeNumberValue { text.append(digits[digit]) }
        }
        return text
    }

    private static func special(_ value: Double) -> String {
        value.isNaN ? "NaN" : (value > 0 ? "∞" : minus + "∞")
    }
}
