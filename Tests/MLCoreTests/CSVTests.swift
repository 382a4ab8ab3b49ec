import XCTest
@testable import MLCore

/// The CSV loader, and that every malformed file is an error naming file:line.
final class CSVTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("mlcore-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    func write(_ text: String, _ name: String = "data.csv") throws -> String {
        let url = directory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func testReadsHeaderAndNumbers() throws {
        let path = try write("x,y,label\n1,2.5,0\n\n-3,4e-1,1\r\n")
        let table = try CSV.read(path)
        XCTAssertEqual(table.columns, ["x", "y", "label"])
        XCTAssertEqual(table.rows, [[1, 2.5, 0], [-3, 0.4, 1]])
        let data = try CSV.dataset(path)
        XCTAssertEqual(data.features.scalars, [1, 2.5, -3, 0.4])
        XCTAssertEqual(data.targets.scalars, [0, 1])
        let firstColumn = try CSV.dataset(path, targetColumns: [0])
        XCTAssertEqual(firstColumn.targets.scalars, [1, -3])
    }

    func testFileWithoutHeaderAndQuotedFields() throws {
        let table = try CSV.parse("\"1\",2\n# a comment\n3,\"4\"\n")
        XCTAssertEqual(table.columns, [])
        XCTAssertEqual(table.rows, [[1, 2], [3, 4]])
        XCTAssertEqual(CSV.splitFields("a,\"b,c\",\"d\"\"e\""), ["a", "b,c", "d\"e"])
    }

    func testMissingFile() {
        XCTAssertThrowsError(try CSV.read(directory.appendingPathComponent("nope.csv").path)) { error in
            XCTAssertTrue("\(error)".hasSuffix("nope.csv: no such file"), "\(error)")
        }
    }

    func testRaggedRowNamesFileAndLine() throws {
        let path = try write("a,b\n1,2\n3\n")
        XCTAssertThrowsError(try CSV.read(path)) { error in
            XCTAssertEqual("\(error)", "data.csv:3: this row has 1 fields but line 1 has 2")
        }
    }

    func testNonNumberNamesFileLineAndColumn() throws {
        let path = try write("a,b\n1,2\n3,abc\n")
        XCTAssertThrowsError(try CSV.read(path)) { error in
            XCTAssertEqual("\(error)", "data.csv:3: 'abc' in column 2 (b) is not a number")
        }
    }

    func testEmptyFileAndBadTargetColumn() throws {
        XCTAssertThrowsError(try CSV.dataset(try write("a,b\n", "empty.csv")))
        XCTAssertThrowsError(try CSV.dataset(try write("1,2\n", "one.csv"), targetColumns: [5]))
    }
}
