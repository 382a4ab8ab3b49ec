import Foundation
import LessonFormat
import Outcomes

/// Local images of the lessons, copied into the exported site by `write(_:to:)`.
extension SiteBuilder {
    /// Images a lesson shows from its own folder (`![plot](img/loss.png)`), to be copied next
    /// to the pages at the same relative path. Paths that climb out (`..`) or are absolute are
    /// left out, so an export only ever reads below the lessons' folders.
    static func imageAssets(_ lessons: [LessonResult]) -> [(lessonFolder: String, path: String)] {
        var seen: Set<String> = []
        var assets: [(lessonFolder: String, path: String)] = []
        func visit(_ inlines: [MarkdownInline], folder: String) {
            for inline in inlines {
                switch inline {
                case .image(let source, _, let alt):
                    let path = String(source.split(separator: "#").first ?? "").split(separator: "?").first.map(String.init) ?? ""
                    let components = path.split(separator: "/")
                    if URLPolicy.isLocalImage(source), !path.hasPrefix("/"), !components.contains(".."),
                       !path.isEmpty, !seen.contains(path) {
                        seen.insert(path)
                        assets.append((folder, path))
                    }
                    visit(alt, folder: folder)
                case .emphasis(let children), .strong(let children), .link(_, _, let children):
                    visit(children, folder: folder)
                default:
                    break
                }
            }
        }
        func visit(_ block: MarkdownBlock, folder: String) {
            switch block {
            case .heading(_, let content, _), .paragraph(let content): visit(content, folder: folder)
            case .blockQuote(let children): children.forEach { visit($0, folder: folder) }
            case .list(_, _, _, let items): items.forEach { $0.forEach { visit($0, folder: folder) } }
            default: break
            }
        }
        for result in lessons {
            let folder = (result.lesson.file as NSString).deletingLastPathComponent
            for case .prose(let block) in result.lesson.items { visit(block, folder: folder.isEmpty ? "." : folder) }
        }
        return assets.sorted { $0.path < $1.path }
    }
}
