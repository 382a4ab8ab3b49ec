import Foundation

/// Which files of the paths an instructor names are submissions, and whose.
///
/// A file is one student's submission; its id is the file's name without its extension, or the
/// name of its folder when the file is named like the lesson (`alice/03-training.md`). A folder
/// holds submissions: each file in it is one (hidden files aside), and each subfolder holding
/// Markdown is one student's (the file named like the lesson, else its only Markdown file).
public enum SubmissionDiscovery {
    public struct Problem: Error, CustomStringConvertible, Equatable {
        public var description: String
    }

    public struct Entry: Sendable, Equatable {
        public var student: String
        public var path: String
    }

    /// The submissions in `paths`, sorted by student id; a missing path or two submissions with
    /// one id is a usage problem (the instructor's input, exit status 2).
    public static func entries(for paths: [String], lessonFile: String) throws -> [Entry] {
        let lessonName = (lessonFile as NSString).lastPathComponent
        var entries: [Entry] = []
        let files = FileManager.default
        for path in paths {
            var isFolder: ObjCBool = false
            guard files.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw Problem(description: "\(path): no such file or folder")
            }
            if !isFolder.boolValue {
                entries.append(Entry(student: studentID(forFile: path, lessonName: lessonName), path: path))
                continue
            }
            let names = ((try? files.contentsOfDirectory(atPath: path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
            for name in names {
                let child = (path as NSString).appendingPathComponent(name)
                var childIsFolder: ObjCBool = false
                files.fileExists(atPath: child, isDirectory: &childIsFolder)
                if childIsFolder.boolValue {
                    let inner = ((try? files.contentsOfDirectory(atPath: child)) ?? []).filter { isMarkdown($0) }.sorted()
                    guard !inner.isEmpty else { continue }
                    let chosen = inner.contains(lessonName) ? lessonName : inner[0]
                    if inner.count > 1, !inner.contains(lessonName) {
                        throw Problem(description: "\(child): several Markdown files and none named \(lessonName); name the submission like the lesson")
                    }
                    entries.append(Entry(student: name, path: (child as NSString).appendingPathComponent(chosen)))
                } else {
                    // Every file counts, so a submission saved in the wrong format gets a finding
                    // instead of going unnoticed.
                    entries.append(Entry(student: studentID(forFile: child, lessonName: lessonName), path: child))
                }
            }
        }
        var byStudent: [String: String] = [:]
        for entry in entries {
            if let other = byStudent[entry.student], other != entry.path {
                throw Problem(description: "two submissions for student '\(entry.student)': \(other) and \(entry.path)")
            }
            byStudent[entry.student] = entry.path
        }
        var seen: Set<String> = []
        return entries.filter { seen.insert($0.student).inserted }.sorted { $0.student < $1.student }
    }

    static func studentID(forFile path: String, lessonName: String) -> String {
        let name = (path as NSString).lastPathComponent
        if name == lessonName {
            let folder = ((path as NSString).deletingLastPathComponent as NSString).lastPathComponent
            if !folder.isEmpty, folder != "." { return folder }
        }
        return (name as NSString).deletingPathExtension
    }

    private static func isMarkdown(_ name: String) -> Bool {
        name.hasSuffix(".md") || name.hasSuffix(".markdown")
    }
}
