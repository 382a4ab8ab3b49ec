/// Which link and image addresses from lesson prose a page may use.
///
/// Escaping alone does not make `javascript:` links harmless, and an image from another host
/// would make the page fetch it; so links keep only relative addresses and the `http`, `https`
/// and `mailto` schemes, and images only relative addresses (an external image becomes a
/// link to it).
///
/// Addresses are judged as a browser reads them (the URL standard's parser): tabs and line
/// breaks anywhere are dropped, leading spaces and control characters ignored, and a backslash
/// is a slash — so `\\evil.example/c.png` and `/\evil.example/d.png` are protocol-relative
/// addresses of another host, not local files.
enum URLPolicy {
    /// The scheme of `address` in lower case (`https`), `//` for a protocol-relative address,
    /// or nil for a relative one.
    static func scheme(of address: String) -> String? {
        let address = browserForm(of: address)
        if address.hasPrefix("//") { return "//" }
        guard let colon = address.firstIndex(of: ":") else { return nil }
        let candidate = address[..<colon]
        guard let first = candidate.first, first.isASCII, first.isLetter,
              candidate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) })
        else { return nil }
        return candidate.lowercased()
    }

    static func isAllowedLink(_ address: String) -> Bool {
        guard let scheme = scheme(of: address) else { return true }
        return ["http", "https", "mailto", "//"].contains(scheme)
    }

    static func isLocalImage(_ address: String) -> Bool {
        !browserForm(of: address).isEmpty && scheme(of: address) == nil
    }

    /// The address as a browser reads it, for judging it.
    static func browserForm(of address: String) -> String {
        let kept = address.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
        let trimmed = kept.drop { $0.value <= 0x20 }.map { $0 == "\\" ? "/" : $0 }
        return String(String.UnicodeScalarView(trimmed))
    }
}
