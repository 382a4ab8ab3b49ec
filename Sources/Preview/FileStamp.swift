import Foundation

/// What a poll compares to see that a file changed: its size, modification time (to the
/// nanosecond) and inode, or nothing when it is missing. An editor that saves by renaming a new
/// file over the old one changes the inode even when size and time happen to match.
struct FileStamp: Equatable {
    var size: Int64
    var seconds: Int
    var nanoseconds: Int
    var inode: UInt64

    /// The stamp of the file at `path` now; nil when there is none.
    static func of(_ path: String) -> FileStamp? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return FileStamp(size: Int64(status.st_size), seconds: Int(status.st_mtim.tv_sec),
                         nanoseconds: Int(status.st_mtim.tv_nsec), inode: UInt64(status.st_ino))
    }
}
