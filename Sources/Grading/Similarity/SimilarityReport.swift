import Foundation
import Interpreter
import LessonFormat
import Outcomes
import Site

/// `lectern grade --similarity`: pairs of submissions whose exercise code is suspiciously alike.
///
/// Each exercise's code is reduced to swift-syntax tokens with identifiers and literals
/// normalised (renaming a variable hides nothing) and fingerprinted by winnowing. Fingerprints
/// of the starter are dropped (everyone was given that code), and so are those shared by more
/// than a tenth of the class (at least two students): the obvious way to write a short exercise
/// is not evidence. A pair's score is the share of the smaller submission's fingerprints that the
/// other has too, summed over the exercises. The instructor judges; lectern only points.
public struct SimilarityReport {
    public struct Pair: Sendable, Equatable {
        public var first: String
        public var second: String
        /// Shared fingerprints over the smaller side's, 0…1.
        public var score: Double
        public var shared: Int
    }

    /// Pairs at or above `threshold`, most similar first (ties by student ids).
    public let pairs: [Pair]
    public static let threshold = 0.5
    /// Fewer shared fingerprints than this is no evidence, whatever the share.
    public static let minimumShared = 4
    /// Pairs that get a side-by-side page.
    public static let pagesShown = 10

    private let documents: [String: [String: Document]]
    private let lessonTitle: String

    /// One student's code of one exercise, its tokens and fingerprints.
    struct Document {
        var code: String
        var tokens: [CodeToken]
        var fingerprints: [Winnowing.Fingerprint]
    }

    public init(document: GradesDocument, lesson: Lesson) {
        let winnowing = Winnowing()
        lessonTitle = lesson.title ?? document.lesson
        var starterHashes: [String: Set<UInt64>] = [:]
        for cell in lesson.cells {
            if case .exercise(let id, _) = cell.kind {
                starterHashes[id] = Set(winnowing.fingerprints(CodeToken.tokens(of: cell.code).map(\.normalized)).map(\.hash))
            }
        }
        var documents: [String: [String: Document]] = [:]
        for report in document.students {
            for exercise in report.exercises {
                guard let code = exercise.code, exercise.status == .graded else { continue }
                let tokens = CodeToken.tokens(of: code)
                let prints = winnowing.fingerprints(tokens.map(\.normalized)).filter { !(starterHashes[exercise.id]?.contains($0.hash) ?? false) }
                documents[report.student, default: [:]][exercise.id] = Document(code: code, tokens: tokens, fingerprints: prints)
            }
        }
        // Fingerprints most of the class shares are the obvious code, not copying.
        let common = max(2, Int((Double(document.students.count) / 10).rounded(.up)))
        var holders: [String: [UInt64: Int]] = [:]
        for (_, exercises) in documents {
            for (id, doc) in exercises {
                for hash in Set(doc.fingerprints.map(\.hash)) { holders[id, default: [:]][hash, default: 0] += 1 }
            }
        }
        for (student, exercises) in documents {
            for (id, doc) in exercises {
                var kept = doc
                kept.fingerprints = doc.fingerprints.filter { (holders[id]?[$0.hash] ?? 0) <= common }
                documents[student]?[id] = kept
            }
        }
        self.documents = documents

        let students = documents.keys.sorted()
        var pairs: [Pair] = []
        for (i, a) in students.enumerated() {
            for b in students[(i + 1)...] {
                var shared = 0, sizeA = 0, sizeB = 0
                for (id, docA) in documents[a] ?? [:] {
                    let hashesA = Set(docA.fingerprints.map(\.hash))
                    sizeA += hashesA.count
                    guard let docB = documents[b]?[id] else { continue }
                    shared += hashesA.intersection(docB.fingerprints.map(\.hash)).count
                }
                for (_, docB) in documents[b] ?? [:] { sizeB += Set(docB.fingerprints.map(\.hash)).count }
                let smaller = min(sizeA, sizeB)
                guard smaller > 0, shared >= SimilarityReport.minimumShared else { continue }
                let score = Double(shared) / Double(smaller)
                if score >= SimilarityReport.threshold { pairs.append(Pair(first: a, second: b, score: score, shared: shared)) }
            }
        }
        self.pairs = pairs.sorted { ($1.score, $0.first, $0.second) < ($0.score, $1.first, $1.second) }
    }

    /// Writes `similarity.html` (the list) and `similarity/A--B.html` (side by side) for the top pairs.
    public func write(to folder: String) throws {
        let pagesFolder = (folder as NSString).appendingPathComponent("similarity")
        do {
            try FileManager.default.createDirectory(atPath: pagesFolder, withIntermediateDirectories: true)
        } catch {
            throw GradingError("cannot create \(pagesFolder): \(error.localizedDescription)")
        }
        var rows: [SimilarityPage.Row] = []
        for (n, pair) in pairs.enumerated() {
            var link: String?
            if n < SimilarityReport.pagesShown {
                let name = GradeOutputs.feedbackNames([pair.first + "--" + pair.second])[0]
                link = "similarity/" + name
                let page = SimilarityPage.sideBySide(title: lessonTitle, score: pair.score,
                                                     left: side(pair.first, against: pair.second),
                                                     right: side(pair.second, against: pair.first))
                try AtomicFile.write(Data(page.utf8), to: (pagesFolder as NSString).appendingPathComponent(name))
            }
            rows.append(SimilarityPage.Row(first: pair.first, second: pair.second, score: pair.score, shared: pair.shared, link: link))
        }
        let index = SimilarityPage.index(title: lessonTitle, rows: rows, threshold: SimilarityReport.threshold)
        try AtomicFile.write(Data(index.utf8), to: (folder as NSString).appendingPathComponent("similarity.html"))
    }

    /// What the terminal shows.
    public func summary() -> String {
        guard !pairs.isEmpty else { return "similarity: no pair of submissions is suspiciously alike\n" }
        var text = "similarity: \(pairs.count) pair\(pairs.count == 1 ? "" : "s") alike (similarity.html):\n"
        for pair in pairs.prefix(SimilarityReport.pagesShown) {
            text += "  \(pair.first) ~ \(pair.second)  \(Int((pair.score * 100).rounded())) % (\(pair.shared) shared fingerprints)\n"
        }
        return text
    }

    /// One student's exercises with the code they share with `other` marked.
    private func side(_ student: String, against other: String) -> SimilarityPage.Side {
        let winnowing = Winnowing()
        var exercises: [SimilarityPage.Exercise] = []
        for (id, doc) in (documents[student] ?? [:]).sorted(by: { $0.key < $1.key }) {
            let theirs = Set(documents[other]?[id]?.fingerprints.map(\.hash) ?? [])
            var marks: [Range<Int>] = []
            for fingerprint in doc.fingerprints where theirs.contains(fingerprint.hash) {
                let last = min(doc.tokens.count - 1, fingerprint.position + winnowing.k - 1)
                guard fingerprint.position <= last else { continue }
                marks.append(doc.tokens[fingerprint.position].utf8Range.lowerBound..<doc.tokens[last].utf8Range.upperBound)
            }
            exercises.append(SimilarityPage.Exercise(id: id, code: doc.code, marks: marks))
        }
        return SimilarityPage.Side(student: student, exercises: exercises)
    }
}
