/// Which link and image addresses from lesson prose a page may use.
///
/// Escaping alone does not make `javascript:` links harmless, and an image from another host
/// would make the page fetch it; so links keep only relative addresses and the `http`, `https`
/// and `mailto` schemes, and images only relative addresses (an external image becomes a
/// link to it).
enum URLPolicy {
    /// The scheme of `address` in lower case (`https`), or nil for a relative address.
    static func scheme(of address: String) -> String? {
        if address.hasPrefix("//") { return "//" }
        guard let colon = address.firstIndex(of: ":") else { return nil }
        let candidate = address[..<colon]
        guard let first = candidate.first, first.isASCII, first.isLetter,
              candidate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) })
        else { return nil }
        return candidate.lowercased()
    }

    static func isAllowedLink(_ address: String) -> Bool {
        guard let scheme = scheme(of: address.trimmingLeadingWhitespace()) else { return true }
        return ["http", "https", "mailto", "//"].contains(scheme)
    }

    static func isLocalImage(_ address: String) -> Bool {
        !address.isEmpty && scheme(of: address.trimmingLeadingWhitespace()) == nil
    }
}

extension String {
    /// The address as a browser reads it: tabs and line breaks anywhere are dropped (so
    /// `java&#9;script:` is caught) and leading spaces and control characters are ignored.
    func trimmingLeadingWhitespace() -> String {
        let kept = unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
        return String(String.UnicodeScalarView(kept.drop { $0.value <= 0x20 }))
    }
}
