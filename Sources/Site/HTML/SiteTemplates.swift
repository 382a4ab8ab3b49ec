import Foundation

/// The page skeletons and stylesheet of an HTML course site, replaceable by a course author.
///
/// `page.html` is a lesson page and `index.html` the course's front page; both use
/// `{{name}}` placeholders (see `SiteBuilder` for the list). `style.css` is copied as it is.
public struct SiteTemplates: Sendable, Equatable {
    public var page: String
    public var index: String
    public var style: String

    public init(page: String, index: String, style: String) {
        self.page = page
        self.index = index
        self.style = style
    }

    /// The templates compiled into lectern.
    public static let standard = SiteTemplates(page: DefaultTemplates.page, index: DefaultTemplates.index,
                                               style: DefaultTemplates.style)

    /// The standard templates, with any of `page.html`, `index.html` and `style.css` found in
    /// `folder` used instead. Throws when the folder is missing or a file in it is unreadable.
    public static func overriding(from folder: String) throws -> SiteTemplates {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw SiteError("template folder '\(folder)' does not exist or is not a folder")
        }
        func load(_ name: String, default standard: String) throws -> String {
            let path = (folder as NSString).appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: path) else { return standard }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw SiteError("cannot read template '\(path)'")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw SiteError("template '\(path)' is not valid UTF-8")
            }
            return text
        }
        return SiteTemplates(page: try load("page.html", default: DefaultTemplates.page),
                             index: try load("index.html", default: DefaultTemplates.index),
                             style: try load("style.css", default: DefaultTemplates.style))
    }
}

/// A problem building or writing the site, with a message for the user.
public struct SiteError: Error, CustomStringConvertible, Equatable {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
