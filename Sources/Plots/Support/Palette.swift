/// Colours, marker shapes and dash patterns that tell series apart without relying on hue.
///
/// The colours are Okabe and Ito's palette for colour-vision deficiencies (black left out so
/// that figures read on dark backgrounds too); every series also gets its own marker shape and
/// dash pattern, so a greyscale print or a colour-blind reader can still tell them apart.
enum Palette {
    /// Okabe–Ito colours in the order series use them.
    static let colors = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442"]
    /// Lighter variants used when the page background is dark.
    static let darkColors = ["#56B4E9", "#E69F00", "#2BC99A", "#E89AC7", "#F0C050", "#8FD0F5", "#F0E442"]
    /// SVG `stroke-dasharray` values, "" meaning solid.
    static let dashes = ["", "6 3", "2 3", "8 3 2 3", "1 2", "10 4", "4 2 1 2"]
    /// Marker shapes, in order.
    static let markers: [Marker] = [.circle, .square, .triangle, .diamond, .cross, .plus, .triangleDown]
    /// Terminal characters for each marker shape.
    static let markerCharacters: [Character] = ["o", "x", "+", "*", "#", "@", "%"]
    /// Basic ANSI foreground colour codes matching `colors` as closely as 8 colours allow.
    static let ansiCodes = [34, 31, 32, 35, 33, 36, 93]

    /// A marker shape.
    enum Marker: Equatable {
        case circle, square, triangle, diamond, cross, plus, triangleDown
    }

    static func index(_ i: Int) -> Int { abs(i) % colors.count }
    static func marker(_ i: Int) -> Marker { markers[abs(i) % markers.count] }
    static func dash(_ i: Int) -> String { dashes[abs(i) % dashes.count] }
    static func markerCharacter(_ i: Int) -> Character { markerCharacters[abs(i) % markerCharacters.count] }
    static func ansi(_ i: Int) -> Int { ansiCodes[abs(i) % ansiCodes.count] }
}
