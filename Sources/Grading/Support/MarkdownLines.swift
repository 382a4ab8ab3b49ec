/// The lines of a Markdown text split at each line feed, a carriage return before it kept in the
/// line, so joining them with "\n" gives the text back byte for byte. (Swift's `split` on the
/// character "\n" would not split at all in a CRLF file: there "\r\n" is one character.)
func markdownLines(_ text: String) -> [Substring] {
    text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { Substring($0) }
}
