import XCTest
@testable import MLCore

/// Presorted columns: the radix sort against the standard library's, ties by index.
final class SortedColumnsTests: XCTestCase {
    func testRadixSortAgreesWithAComparisonSort() {
        var generator = RandomGenerator(seed: 3)
        var values: [Double] = []
        for i in 0..<2_000 {
            // Every seventh value repeats one of five, so ties must keep their index order.
            values.append(i % 7 == 0 ? Double(i % 5) : generator.normal(mean: 0, standardDeviation: 1e3))
        }
        values += [-Double.greatestFiniteMagnitude, Double.greatestFiniteMagnitude, -1e-300, 1e-300, 0]
        var order = [Int32]()
        SortedColumns.radixSort(values.map(SortedColumns.orderedBits), into: &order)
        let expected = values.indices.sorted { values[$0] < values[$1] || (values[$0] == values[$1] && $0 < $1) }
        XCTAssertEqual(order.map(Int.init), expected)
    }

    func testColumnsAreSortedFeatureByFeature() throws {
        let columns = SortedColumns(try Tensor([[3, 1], [1, 1], [2, 0]]))
        XCTAssertEqual(columns.values, [3, 1, 2, 1, 1, 0])
        XCTAssertEqual(columns.order, [1, 2, 0, 2, 0, 1])
        XCTAssertEqual(SortedColumns(try Tensor.zeros([0, 2])).order, [])
    }
}
