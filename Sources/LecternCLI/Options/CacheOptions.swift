import ArgumentParser
import Foundation
import Runner

/// Whether `run`, `export` and `serve` reuse results kept in `.lectern-cache/`.
struct CacheOptions: ParsableArguments {
    @Flag(name: .customLong("no-cache"), help: "Run every lesson afresh; neither read nor write .lectern-cache/.")
    var noCache = false

    var cache: ResultCache? { noCache ? nil : LecternCache.standard }
}

/// The command line's result cache: `.lectern-cache/` in the current folder, keyed by this
/// very build of lectern.
enum LecternCache {
    static let folderName = ".lectern-cache"

    static var standard: ResultCache { ResultCache(folder: folderName, toolIdentity: toolIdentity) }

    /// The version, and the executable's size and modification time: a rebuilt lectern (same
    /// version, changed interpreter) must not reuse the old build's results.
    static var toolIdentity: String {
        let version = Lectern.configuration.version
        let path = Bundle.main.executablePath ?? CommandLine.arguments[0]
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let size = attributes[.size] as? Int, let modified = attributes[.modificationDate] as? Date else {
            return version
        }
        return "\(version) build \(size)-\(modified.timeIntervalSince1970)"
    }
}
