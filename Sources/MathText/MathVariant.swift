/// Letter styles (`\mathbf`, `\mathbb`, `\mathcal`, …) mapped to Unicode's mathematical
/// alphanumeric symbols.
///
/// Styled letters are written as their own code points (𝐖, ℝ, 𝒩) rather than with MathML's
/// `mathvariant`, which MathML Core browsers ignore for anything but "normal"; the same
/// characters serve the terminal.
enum MathVariant: Equatable {
    case bold, doubleStruck, calligraphic, sansSerif, monospace, boldSymbol, italic

    init?(command: String) {
        switch command {
        case "mathbf", "textbf": self = .bold
        case "mathbb": self = .doubleStruck
        case "mathcal", "mathscr": self = .calligraphic
        case "mathsf": self = .sansSerif
        case "mathtt": self = .monospace
        case "boldsymbol", "bm": self = .boldSymbol
        case "mathit": self = .italic
        default: return nil
        }
    }

    /// `text` with each letter and digit in this style; other characters are unchanged.
    func apply(_ text: String) -> String {
        String(text.unicodeScalars.map { Character(map($0)) })
    }

    private func map(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        let upper = value >= 0x41 && value <= 0x5A, lower = value >= 0x61 && value <= 0x7A
        let digit = value >= 0x30 && value <= 0x39
        let letterIndex = upper ? value - 0x41 : lower ? value - 0x61 + 26 : 0
        switch self {
        case .italic:
            return scalar
        case .bold:
            if upper || lower { return Unicode.Scalar(0x1D400 + letterIndex) ?? scalar }
            if digit { return Unicode.Scalar(0x1D7CE + value - 0x30) ?? scalar }
            return greekBold(scalar)
        case .boldSymbol:
            if upper || lower { return Unicode.Scalar(0x1D468 + letterIndex) ?? scalar }  // bold italic
            if digit { return Unicode.Scalar(0x1D7CE + value - 0x30) ?? scalar }
            return greekBold(scalar)
        case .doubleStruck:
            let holes: [UInt32: UInt32] = [0x43: 0x2102, 0x48: 0x210D, 0x4E: 0x2115, 0x50: 0x2119, 0x51: 0x211A, 0x52: 0x211D, 0x5A: 0x2124]
            if let special = holes[value] { return Unicode.Scalar(special) ?? scalar }
            if upper || lower { return Unicode.Scalar(0x1D538 + letterIndex) ?? scalar }
            if digit { return Unicode.Scalar(0x1D7D8 + value - 0x30) ?? scalar }
            return scalar
        case .calligraphic:
            let holes: [UInt32: UInt32] = [0x42: 0x212C, 0x45: 0x2130, 0x46: 0x2131, 0x48: 0x210B, 0x49: 0x2110, 0x4C: 0x2112,
                                           0x4D: 0x2133, 0x52: 0x211B, 0x65: 0x212F, 0x67: 0x210A, 0x6F: 0x2134]
            if let special = holes[value] { return Unicode.Scalar(special) ?? scalar }
            if upper || lower { return Unicode.Scalar(0x1D49C + letterIndex) ?? scalar }
            return scalar
        case .sansSerif:
            if upper || lower { return Unicode.Scalar(0x1D5A0 + letterIndex) ?? scalar }
            if digit { return Unicode.Scalar(0x1D7E2 + value - 0x30) ?? scalar }
            return scalar
        case .monospace:
            if upper || lower { return Unicode.Scalar(0x1D670 + letterIndex) ?? scalar }
            if digit { return Unicode.Scalar(0x1D7F6 + value - 0x30) ?? scalar }
            return scalar
        }
    }

    /// Bold Greek: capitals upright, small letters bold italic, as `\boldsymbol` sets them.
    private func greekBold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value >= 0x391 && value <= 0x3A9 { return Unicode.Scalar(0x1D6A8 + value - 0x391) ?? scalar }
        if value >= 0x3B1 && value <= 0x3C9 { return Unicode.Scalar(0x1D736 + value - 0x3B1) ?? scalar }
        return scalar
    }
}
