import Foundation
import XCTest
@testable import Interpreter

/// `CSV.dataset` reads data files from the lesson's folder and nowhere else.
final class DataFileTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("lectern-data-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try "x1,x2,y\n0.5,1.5,0\n2,3,1\n".write(to: folder.appendingPathComponent("points.csv"), atomically: true, encoding: .utf8)
        try "a,b\n1,abc\n".write(to: folder.appendingPathComponent("sub/bad.csv"), atomically: true, encoding: .utf8)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: folder) }

    private func run(_ source: String, limits: ExecutionLimits = .default) -> CellOutcome {
        let session = Session(limits: limits)
        session.dataFolder = folder.path
        return session.run(source, origin: "t")
    }

    func testReadsACSVFromTheLessonFolder() {
        let out = run("let d = try CSV.dataset(\"points.csv\")\nprint(d.count, d.featureCount, d.targetCount)\nprint(d.targets)")
        XCTAssertNil(out.error?.message)
        XCTAssertEqual(out.output, "2 2 1\n" + "[[0.0],\n [1.0]]\n".replacingOccurrences(of: "\n ", with: "\n "))
    }

    func testRefusesPathsOutsideTheFolder() {
        for name in ["../x.csv", "/etc/passwd", "~/x.csv", "sub/../../x.csv"] {
            let out = run("let d = try CSV.dataset(\"\(name)\")")
            XCTAssertEqual(out.error?.message, "'\(name)': a data file must be named relative to the lesson's folder, without '..'", name)
            XCTAssertEqual(out.error?.column, 17)
        }
    }

    func testMissingFileAndBadNumberAreLocatedErrors() {
        XCTAssertEqual(run("let d = try CSV.dataset(\"nope.csv\")").error?.message, "no data file 'nope.csv' in the lesson's folder")
        XCTAssertEqual(run("let d = try CSV.dataset(\"sub/bad.csv\")").error?.message, "bad.csv:2: 'abc' in column 2 (b) is not a number")
    }

    func testALargeFileStopsAtTheCellsBudget() throws {
        // The reproducer read 60 MB for 18 s under `--timeout 0.5 --max-allocation 1000`; 3 MB here.
        let row = "0.123456,0.654321,0.5,0.25,0.75,1\n"
        try ("a,b,c,d,e,label\n" + String(repeating: row, count: 100_000)).write(
            to: folder.appendingPathComponent("big.csv"), atomically: true, encoding: .utf8)
        let start = Date()
        let out = run("let d = try CSV.dataset(\"big.csv\")\nprint(d.count)", limits: ExecutionLimits(maxSeconds: 0.5, maxAllocation: 1000))
        XCTAssertEqual(out.error?.message, "allocation of 1002 elements in this cell exceeds the limit of 1000")
        XCTAssertEqual(out.error.map { "\($0.line):\($0.column)" }, "1:17")
        XCTAssertLessThan(Date().timeIntervalSince(start), 3)
        XCTAssertEqual(run("let d = try CSV.dataset(\"big.csv\")\nprint(d.count)").output, "100000\n")
    }

    func testSymlinksOutOfTheFolderAndFilesThatAreNotRegularAreRefused() throws {
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("passwd.csv").path, withDestinationPath: "/etc/passwd")
        XCTAssertEqual(run("let d = try CSV.dataset(\"passwd.csv\")").error?.message, "'passwd.csv' is outside the lesson's folder")
        XCTAssertEqual(mkfifo(folder.appendingPathComponent("pipe.csv").path, 0o644), 0)
        XCTAssertEqual(run("let d = try CSV.dataset(\"pipe.csv\")").error?.message, "'pipe.csv' is not a regular file")
    }

    func testNoFolderNoFiles() {
        let out = Session().run("let d = try CSV.dataset(\"points.csv\")", origin: "t")
        XCTAssertEqual(out.error?.message, "data files can only be read by a lesson run from a file (no lesson folder here)")
    }
}
