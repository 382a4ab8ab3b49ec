/// The style sheet embedded in every SVG figure.
///
/// Text and axes use `currentColor`, so a figure inlined in a page takes the page's text colour
/// on light and dark backgrounds alike; data colours switch to lighter Okabe–Ito variants under
/// `prefers-color-scheme: dark`. Every selector is scoped under `.lectern-plot` because an
/// inline SVG's style sheet applies to the whole HTML page.
enum SVGStyle {
    static let sheet: String = {
        var css = "<style>\n"
        css += ".lectern-plot{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,sans-serif;font-size:12px}\n"
        css += ".lectern-plot text{fill:currentColor;stroke:none}\n"
        css += ".lectern-plot .lp-title{font-size:15px;font-weight:600}\n"
        css += ".lectern-plot .lp-axis{stroke:currentColor;stroke-width:1;fill:none}\n"
        css += ".lectern-plot .lp-grid{stroke:currentColor;stroke-opacity:0.12;fill:none}\n"
        css += ".lectern-plot .lp-zero{stroke:currentColor;stroke-opacity:0.4;fill:none}\n"
        css += ".lectern-plot .lp-line{fill:none;stroke-width:2;stroke-linejoin:round;stroke-linecap:round}\n"
        css += ".lectern-plot .lp-reference{fill:none;stroke:currentColor;stroke-opacity:0.5;stroke-dasharray:4 4}\n"
        css += ".lectern-plot .lp-level{fill:none;stroke-width:1}\n"
        css += ".lectern-plot .lp-boundary{fill:none;stroke:currentColor;stroke-width:1.5}\n"
        css += ".lectern-plot .lp-marker{stroke:none}\n"
        css += ".lectern-plot .lp-outlined{stroke:currentColor;stroke-width:0.6;stroke-opacity:0.7}\n"
        css += ".lectern-plot .lp-bar{stroke:none}\n"
        css += ".lectern-plot .lp-node{fill:none;stroke:currentColor;stroke-width:1}\n"
        css += ".lectern-plot .lp-edge{fill:none;stroke:currentColor;stroke-width:1;stroke-opacity:0.8}\n"
        css += ".lectern-plot .lp-arrow{fill:currentColor;stroke:none}\n"
        css += ".lectern-plot .lp-op{fill:currentColor;fill-opacity:0.08;stroke:currentColor;stroke-width:1}\n"
        for (index, color) in Palette.colors.enumerated() {
            css += ".lectern-plot .lp-stroke\(index){stroke:\(color)}.lectern-plot .lp-fill\(index){fill:\(color)}\n"
        }
        css += "@media (prefers-color-scheme:dark){\n"
        for (index, color) in Palette.darkColors.enumerated() {
            css += ".lectern-plot .lp-stroke\(index){stroke:\(color)}.lectern-plot .lp-fill\(index){fill:\(color)}\n"
        }
        css += "}\n</style>\n"
        return css
    }()

    /// The CSS class pair for series or class `index`.
    static func stroke(_ index: Int) -> String { "lp-stroke\(Palette.index(index))" }
    static func fill(_ index: Int) -> String { "lp-fill\(Palette.index(index))" }
}
