import MLCore

/// Strings are values lesson code can grow exponentially (`s = "\(s)\(s)"`, `[s, s].joined()`,
/// `s.replacingOccurrences(of: "x", with: s)`): each builder checks the size of what it is about
/// to make against the per-object allocation limit first, so the limit — not the machine's
/// memory — ends the growth. Sizes are UTF-8 bytes, what a `String` stores.
extension Runtime {
    /// Checks a string of `bytes` UTF-8 bytes (interpolation checks after each segment).
    @inline(__always)
    func checkString(_ bytes: Int, _ loc: SourceLoc) throws {
        try checkSize(bytes, loc, bytesPerElement: 1)
    }

    /// Checks the size of `parts.joined(separator: separator)` before it is built.
    func checkJoined(_ parts: [String], separator: String, _ loc: SourceLoc) throws {
        var total = Budget.saturatingProduct(Swift.max(parts.count - 1, 0), separator.utf8.count)
        for part in parts { total = Budget.saturatingSum(total, part.utf8.count) }
        try checkString(total, loc)
    }

    /// `s.replacingOccurrences(of: target, with: replacement)` whose size is checked before it is
    /// built and which looks at the clock while it works.
    ///
    /// Foundation's own takes seconds for a few million characters on Linux, without a way to stop
    /// it. For ASCII text without "\r\n" (where every byte is a `Character`, so byte matches are
    /// exactly Swift's and Foundation's matches) the replacement is done here on the bytes.
    func replacingOccurrences(in s: String, of target: String, with replacement: String, _ loc: SourceLoc) throws -> String {
        guard !target.isEmpty, !s.isEmpty else { return s }
        var text = s
        let needle = Array(target.utf8), insert = Array(replacement.utf8)
        let growth = insert.count - needle.count
        let count = try text.withUTF8 { try scan(for: needle, in: $0, loc) { _ in } }
        // Byte matches stand for Character matches in the size check (they are the same for ASCII).
        try checkString(Budget.saturatingSum(s.utf8.count, Budget.saturatingProduct(count, growth)), loc)
        let simple = try text.withUTF8 { try isPlainASCII($0, loc) }
        if !simple || needle.contains(where: { $0 >= 0x80 }) {
            try checkClock(loc)
            return s.replacingOccurrences(of: target, with: replacement)
        }
        guard count > 0 else { return s }
        return try text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + count * growth)
            var start = 0
            _ = try scan(for: needle, in: bytes, loc) { match in
                out.append(contentsOf: bytes[start..<match])
                out.append(contentsOf: insert)
                start = match + needle.count
            }
            out.append(contentsOf: bytes[start...])
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// True if `bytes` are ASCII without "\r\n" (each byte a `Character`); looks at the clock
    /// every 65 536 bytes.
    private func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ loc: SourceLoc) throws -> Bool {
        var previous: UInt8 = 0, work = 0
        for byte in bytes {
            try checkpoint(&work, every: 1 << 16, loc)
            if byte >= 0x80 || (previous == 13 && byte == 10) { return false }
            previous = byte
        }
        return true
    }

    /// Calls `found` with the offset of each non-overlapping occurrence of `needle` in `bytes`,
    /// left to right, looking at the clock every 65 536 bytes (a debug build takes about a
    /// microsecond a byte); returns how many there were.
    private func scan(for needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, _ loc: SourceLoc,
                      _ found: (Int) throws -> Void) throws -> Int {
        guard let first = needle.first, needle.count <= bytes.count else { return 0 }
        var count = 0, i = 0, work = 0
        let last = bytes.count - needle.count
        while i <= last {
            try checkpoint(&work, every: 1 << 16, loc)
            if bytes[i] == first, needle.indices.allSatisfy({ bytes[i + $0] == needle[$0] }) {
                try found(i)
                count += 1
                i += needle.count
            } else {
                i += 1
            }
        }
        return count
    }
}
