import LessonFormat

/// Lessons named on the command line, loaded; the ones that could not be read are reported
/// and skipped so the others still run (the exit status then says 2).
struct LessonInputs {
    var lessons: [Lesson] = []
    var loadFailed = false

    init(paths: [String]) {
        let files: [String]
        do {
            files = try LessonLoader.lessonPaths(for: paths)
        } catch {
            StandardError.write("lectern: error: \(error)\n")
            loadFailed = true
            // Expand what can be expanded, one path at a time.
            files = paths.flatMap { (try? LessonLoader.lessonPaths(for: [$0])) ?? [] }
        }
        for file in files {
            do {
                lessons.append(try LessonLoader.load(path: file))
            } catch {
                StandardError.write("lectern: error: \(error)\n")
                loadFailed = true
            }
        }
    }
}
