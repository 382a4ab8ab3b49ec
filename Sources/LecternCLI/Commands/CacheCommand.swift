import ArgumentParser
import Foundation

/// `lectern cache clear`: forget every cached lesson result.
struct CacheCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cache",
        abstract: "Manage the result cache (.lectern-cache/ in the current folder).",
        discussion: """
        run, export and serve keep each lesson's results in .lectern-cache/ and reuse them while \
        nothing that could change them has changed: the lesson's text, the data files it read, \
        lectern's build, and the options that affect results. --no-cache on those commands runs \
        every lesson afresh.

        Examples:
          lectern cache clear
        """,
        subcommands: [Clear.self]
    )

    struct Clear: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "clear", abstract: "Remove every cached result.")

        func run() throws {
            do {
                let count = try LecternCache.standard.clear()
                print("removed \(count) cached lesson result\(count == 1 ? "" : "s") from \(LecternCache.folderName)/")
            } catch {
                StandardError.write("lectern: error: cannot clear \(LecternCache.folderName)/: \(error.localizedDescription)\n")
                throw ExitStatus.usage.code
            }
        }
    }
}
