import Foundation
import MLCore

/// CSV data files, read on the lesson's behalf from the lesson's own folder only: lesson code
/// has no file access of its own, so a lesson (or a student's submission) cannot read anything
/// else on the machine.
func registerDataFileLibrary(_ lib: NativeLibrary) {
    lib.namespace("CSV") { [unowned lib] t in
        t.staticMethod("dataset(_ file: String, targetColumns: [Int]? = nil) -> Dataset") { a in
            try DataFiles.read(try a[0], for: lib) { path in try CSV.dataset(path, targetColumns: a[1]) }
        }
    }
}

/// Resolving the data file names lesson code gives.
enum DataFiles {
    /// Runs `load` on the path of `name` inside the lesson's folder; an MLCore error names the
    /// file as the lesson wrote it, not by its absolute path. The name is recorded first (even
    /// when the file is missing), so the result cache knows every file a lesson's results rest on.
    static func read<T>(_ name: String, for lib: NativeLibrary, _ load: (String) throws -> T) throws -> T {
        if !lib.dataFilesRead.contains(name) { lib.dataFilesRead.append(name) }
        let path = try resolve(name, in: lib.dataFolder)
        do {
            return try load(path)
        } catch let error as MLError {
            throw UnlocatedError(error.description.replacingOccurrences(of: path, with: name))
        }
    }

    /// The absolute path of `name` inside `folder`, or an error saying why it may not be read.
    static func resolve(_ name: String, in folder: String?) throws -> String {
        guard let folder else {
            throw UnlocatedError("data files can only be read by a lesson run from a file (no lesson folder here)")
        }
        let components = name.split(separator: "/", omittingEmptySubsequences: false)
        guard !name.isEmpty, !name.hasPrefix("/"), !name.hasPrefix("~"), !components.contains("..") else {
            throw UnlocatedError("'\(name)': a data file must be named relative to the lesson's folder, without '..'")
        }
        let base = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath().path
        let path = URL(fileURLWithPath: base).appendingPathComponent(name).standardizedFileURL.resolvingSymlinksInPath().path
        guard path.hasPrefix(base + "/") else {
            throw UnlocatedError("'\(name)' is outside the lesson's folder")
        }
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              attributes[.type] as? FileAttributeType != .typeDirectory else {
            throw UnlocatedError("no data file '\(name)' in the lesson's folder")
        }
        // A FIFO or a device would block the cell or never end.
        guard attributes[.type] as? FileAttributeType == .typeRegular else {
            throw UnlocatedError("'\(name)' is not a regular file")
        }
        return path
    }
}
