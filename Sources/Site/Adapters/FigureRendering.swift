import Plots

/// The Site module's one call site into Plots' renderers, so a change in their API touches
/// one file.
enum FigureRendering {
    /// An inline `<svg>` element for the HTML page.
    static func svg(_ figure: Figure) -> String {
        var svg = renderSVG(figure, width: 640, height: 400)
        while svg.hasSuffix("\n") { svg.removeLast() }
        return svg
    }

    /// A Unicode chart `width` columns wide, with a height in proportion that suits a terminal.
    static func terminal(_ figure: Figure, width: Int, color: Bool) -> String {
        let width = max(20, width)
        let height = min(24, max(8, width / 4))
        return renderTerminal(figure, width: width, height: height, color: color)
    }
}
