import XCTest
@testable import MLCore

/// The HIGGS loader: the published layout, feature sets, the shipped events, and every malformed
/// file as an error naming file:line.
final class HiggsTests: XCTestCase {
    /// A header and `rows` events, each `label,1,2,…,28` (feature k has the value k + offset).
    func file(_ rows: [(label: String, offset: Double)], header: String? = Higgs.columnNames.joined(separator: ",")) -> String {
        var lines = header.map { [$0] } ?? []
        for row in rows {
            lines.append(([row.label] + (1...28).map { String(Double($0) + row.offset) }).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func testLayoutNames() {
        XCTAssertEqual(Higgs.lowLevelFeatureNames.count, 21)
        XCTAssertEqual(Higgs.highLevelFeatureNames.count, 7)
        XCTAssertEqual(Higgs.columnNames.first, "label")
        XCTAssertEqual(HiggsFeatures.highLevel.names, ["m_jj", "m_jjj", "m_lv", "m_jlv", "m_bb", "m_wbb", "m_wwbb"])
        XCTAssertEqual(HiggsFeatures.lowLevel.names.last, "jet4_b_tag")
        XCTAssertEqual(HiggsFeatures.all.indices, Array(0..<28))
    }

    func testFeatureSetsAndColumns() throws {
        let events = try Higgs.parse(file([("1", 0), ("0", 100), ("1", 200)]), name: "h.csv")
        XCTAssertEqual(events.count, 3)
        XCTAssertEqual(events.signalCount, 2)
        XCTAssertEqual(events.description, "HiggsEvents(3 events: 2 signal, 1 background)")
        let high = try events.dataset(.highLevel)
        XCTAssertEqual(high.features.shape, [3, 7])
        XCTAssertEqual(high.features.rowArrays[1], [122, 123, 124, 125, 126, 127, 128])
        XCTAssertEqual(high.labels, [1, 0, 1])
        XCTAssertEqual(try events.dataset(.lowLevel).features.rowArrays[0], (1...21).map(Double.init))
        XCTAssertEqual(try events.column("m_bb"), [26, 126, 226])
        XCTAssertEqual(try events.column("lepton_pT"), [1, 101, 201])
        let (train, test) = try events.split(trainingCount: 2)
        XCTAssertEqual(train.labels, [1, 0])
        XCTAssertEqual(test.labels, [1])
        XCTAssertEqual(try test.column("m_jj"), [222])
        // Without a header the columns are taken to be in the published order.
        XCTAssertEqual(try Higgs.parse(file([("0", 0)], header: nil)).labels, [0])
    }

    func testErrorsNameFileAndLine() {
        func message(_ text: String) -> String {
            do { _ = try Higgs.parse(text, name: "h.csv"); return "no error" } catch { return "\(error)" }
        }
        let header = Higgs.columnNames.joined(separator: ",")
        XCTAssertEqual(message(file([("1", 0), ("2", 0)])),
                       "h.csv:3: the label is 2.0 but must be 1 (signal) or 0 (background)")
        XCTAssertEqual(message(file([("1", 0)], header: header.replacingOccurrences(of: "m_bb", with: "mbb"))),
                       "h.csv:1: column 27 is named 'mbb' but the HIGGS layout has 'm_bb' there")
        XCTAssertEqual(message("label,a,b\n1,2,3\n"),
                       "h.csv:1: the header has 3 columns but the HIGGS layout has 29 (label, 21 low-level and 7 high-level features)")
        XCTAssertEqual(message("1,2,3\n0,1,2\n"),
                       "h.csv:1: an event has 3 columns but the HIGGS layout has 29 (label, 21 low-level and 7 high-level features)")
        XCTAssertEqual(message(header + "\n"), "h.csv: the file has no events")
        var rows = file([("0", 0), ("1", 0)]).split(separator: "\n").map(String.init)
        rows[2] = rows[2].replacingOccurrences(of: ",5.0,", with: ",inf,")
        XCTAssertEqual(message(rows.joined(separator: "\n")),
                       "h.csv:3: missing_energy_phi (column 6) is inf; features must be finite numbers")
        // The CSV layer's own errors keep their place: a ragged row, a word where a number belongs.
        XCTAssertEqual(message(file([("1", 0)]) + "1,2\n"), "h.csv:3: this row has 2 fields but line 1 has 29")
        XCTAssertEqual(message(file([("1", 0)]).replacingOccurrences(of: ",7.0,", with: ",seven,")),
                       "h.csv:2: 'seven' in column 8 (jet1_eta) is not a number")
        XCTAssertEqual(message("# comment\n\n" + file([("1", 0), ("0.5", 0)], header: nil)),
                       "h.csv:4: the label is 0.5 but must be 1 (signal) or 0 (background)")
        XCTAssertThrowsError(try Higgs.parse(file([("1", 0)])).column("m_H"))
        XCTAssertThrowsError(try Higgs.parse(file([("1", 0)])).split(trainingCount: 2))
    }

    /// The events shipped with the lessons load, with the balance of the published sample.
    func testShippedEvents() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Lessons/data/higgs/higgs-5000.csv").path
        let events = try Higgs.read(path)
        XCTAssertEqual(events.count, 5000)
        XCTAssertEqual(events.signalCount, 2670)
        XCTAssertEqual(events.features.shape, [5000, 28])
        XCTAssertEqual(events.features.rowArrays[0][0], 0.869, accuracy: 1e-12)
    }
}
