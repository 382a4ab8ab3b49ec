import Foundation
import LessonFormat
import Outcomes

/// Local images of the lessons, copied into the exported site by `write(_:to:)`.
///
/// An export reads only files inside the lessons' own folders: an image path that climbs out
/// (`..`) or is absolute is left out, and so is one whose real path — symlinks followed — is
/// outside the folder (an image symlinked to `/etc/passwd` is not copied), or that is not a
/// regular file (a FIFO or a device would block the export or never end). A hard link inside
/// the folder is the file itself, as far as any program can tell, so it is copied like any other.
extension SiteBuilder {
    /// Images a lesson shows from its own folder (`![plot](img/loss.png)`), to be copied next
    /// to the pages at the same relative path.
    static func imageAssets(_ lessons: [LessonResult]) -> [(lessonFolder: String, path: String)] {
        var seen: Set<String> = []
        var assets: [(lessonFolder: String, path: String)] = []
        func visit(_ inlines: [MarkdownInline], folder: String) {
            for inline in inlines {
                switch inline {
                case .image(let source, _, let alt):
                    let address = URLPolicy.browserForm(of: source)
                    let path = String(address.split(separator: "#").first ?? "").split(separator: "?").first.map(String.init) ?? ""
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

    /// The real path of the image `path` of a lesson in `folder`, or why it is not copied.
    static func imageFile(_ path: String, inLessonFolder folder: String) -> Result<String, SiteError> {
        let base = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath().path
        let real = URL(fileURLWithPath: base).appendingPathComponent(path).standardizedFileURL.resolvingSymlinksInPath().path
        guard real.hasPrefix(base + "/") else {
            return .failure(SiteError("image '\(path)' is not copied: it leads outside the lesson's folder"))
        }
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: real) else {
            return .failure(SiteError("image '\(path)' is not copied: there is no such file in the lesson's folder"))
        }
        guard attributes[.type] as? FileAttributeType == .typeRegular else {
            return .failure(SiteError("image '\(path)' is not copied: it is not a regular file"))
        }
        return .success(real)
    }
}

extension SiteBuilder {
    /// The bytes of the image a lesson shows at `path`, under the same rules as an export
    /// (for `serve`, which answers from memory instead of writing files); nil when no lesson
    /// shows that image or it may not be read.
    public func image(at path: String, in lessons: [LessonResult]) -> Data? {
        guard let asset = Self.imageAssets(lessons).first(where: { $0.path == path }),
              case .success(let file) = Self.imageFile(asset.path, inLessonFolder: asset.lessonFolder) else { return nil }
        return FileManager.default.contents(atPath: file)
    }
}
