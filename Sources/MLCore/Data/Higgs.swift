import Foundation

/// The layout of the UCI HIGGS data set (Baldi, Sadowski and Whiteson, Nature Communications 5,
/// 4308, 2014): a label, then 21 low-level kinematic features, then 7 high-level features that
/// physicists derived from them.
///
/// `Higgs.read` checks a file against that layout (29 columns, the published names when the file
/// has a header, labels 0 or 1, finite features) and every mismatch is an error naming `file:line`.
public enum Higgs {
    /// The 21 low-level features: the lepton, the missing transverse energy, four jets with their b-tags.
    public static let lowLevelFeatureNames = [
        "lepton_pT", "lepton_eta", "lepton_phi", "missing_energy_magnitude", "missing_energy_phi",
        "jet1_pt", "jet1_eta", "jet1_phi", "jet1_b_tag", "jet2_pt", "jet2_eta", "jet2_phi", "jet2_b_tag",
        "jet3_pt", "jet3_eta", "jet3_phi", "jet3_b_tag", "jet4_pt", "jet4_eta", "jet4_phi", "jet4_b_tag",
    ]
    /// The 7 high-level features: invariant masses of combinations of the final-state objects.
    public static let highLevelFeatureNames = ["m_jj", "m_jjj", "m_lv", "m_jlv", "m_bb", "m_wbb", "m_wwbb"]
    /// All 28 feature names, low-level first, as the columns after the label.
    public static var featureNames: [String] { lowLevelFeatureNames + highLevelFeatureNames }
    /// The file's columns: `label`, then the features.
    public static var columnNames: [String] { ["label"] + featureNames }

    /// Reads a HIGGS file (with the published header, or with no header at all).
    public static func read(_ path: String) throws -> HiggsEvents {
        // Messages name the file as the CSV layer does: by its last path component.
        try events(of: try CSV.read(path), name: (path as NSString).lastPathComponent)
    }

    /// Parses HIGGS `text`; `name` is used in error messages.
    public static func parse(_ text: String, name: String = "<csv>") throws -> HiggsEvents {
        try events(of: try CSV.parse(text, name: name), name: name)
    }

    private static func events(of table: CSV.Table, name: String) throws -> HiggsEvents {
        let expected = columnNames
        // A header is the file's first line (the published files start with it or with data).
        if !table.columns.isEmpty {
            guard table.columns.count == expected.count else {
                throw MLError.dataFile("\(name):1: the header has \(table.columns.count) columns but the HIGGS layout has \(expected.count) (label, 21 low-level and 7 high-level features)")
            }
            if let column = table.columns.indices.first(where: { table.columns[$0] != expected[$0] }) {
                throw MLError.dataFile("\(name):1: column \(column + 1) is named '\(table.columns[column])' but the HIGGS layout has '\(expected[column])' there")
            }
        }
        guard let first = table.rows.first else { throw MLError.dataFile("\(name): the file has no events") }
        guard first.count == expected.count else {
            throw MLError.dataFile("\(name):\(table.lines.first ?? 1): an event has \(first.count) columns but the HIGGS layout has \(expected.count) (label, 21 low-level and 7 high-level features)")
        }
        var labels = [Int]()
        labels.reserveCapacity(table.rows.count)
        var features = [Double]()
        features.reserveCapacity(table.rows.count * 28)
        for (index, row) in table.rows.enumerated() {
            let line = index < table.lines.count ? table.lines[index] : index + 1
            guard row[0] == 0 || row[0] == 1 else {
                throw MLError.dataFile("\(name):\(line): the label is \(row[0]) but must be 1 (signal) or 0 (background)")
            }
            if let column = row.indices.dropFirst().first(where: { !row[$0].isFinite }) {
                throw MLError.dataFile("\(name):\(line): \(expected[column]) (column \(column + 1)) is \(row[column]); features must be finite numbers")
            }
            labels.append(Int(row[0]))
            features.append(contentsOf: row[1...])
        }
        return HiggsEvents(features: Tensor(unchecked: [labels.count, 28], scalars: features), labels: labels)
    }
}

/// HIGGS events: 28 features per event and its label (1 signal, 0 background).
public struct HiggsEvents: Equatable, Sendable, CustomStringConvertible {
    /// The features, [events, 28], in `Higgs.featureNames` order.
    public let features: Tensor
    /// 1 for a signal event, 0 for background.
    public let labels: [Int]

    /// The number of events.
    public var count: Int { labels.count }
    /// The number of signal events.
    public var signalCount: Int { labels.reduce(0, +) }

    public var description: String {
        "HiggsEvents(\(count) events: \(signalCount) signal, \(count - signalCount) background)"
    }

    /// The events as a data set with the chosen features and the label as target.
    public func dataset(_ set: HiggsFeatures = .all) throws -> Dataset {
        let columns = set.indices
        let x = features.scalars
        var scalars = [Double]()
        scalars.reserveCapacity(count * columns.count)
        for row in 0..<count {
            for column in columns { scalars.append(x[row * 28 + column]) }
        }
        return Dataset(unchecked: Tensor(unchecked: [count, columns.count], scalars: scalars),
                       targets: Tensor(unchecked: [count, 1], scalars: labels.map(Double.init)))
    }

    /// One feature's value in every event, by name (`"m_bb"`).
    public func column(_ name: String) throws -> [Double] {
        guard let index = Higgs.featureNames.firstIndex(of: name) else {
            throw MLError.invalidArgument("no HIGGS feature is named '\(name)'; the features are \(Higgs.featureNames.joined(separator: ", "))")
        }
        return (0..<count).map { features.scalars[$0 * 28 + index] }
    }

    /// A fixed split: the first `trainingCount` events for training and the rest for testing.
    /// (The published events are in random order, so the first ones are a fair sample; a split by
    /// position is the same in every program that reads the file, scikit-learn's included.)
    public func split(trainingCount: Int) throws -> (train: HiggsEvents, test: HiggsEvents) {
        try require(trainingCount >= 0 && trainingCount <= count,
                    "trainingCount must be between 0 and \(count) (the number of events), got \(trainingCount)")
        return (HiggsEvents(features: try features.rows(0..<trainingCount), labels: Array(labels[..<trainingCount])),
                HiggsEvents(features: try features.rows(trainingCount..<count), labels: Array(labels[trainingCount...])))
    }
}

/// Which features a model sees.
public enum HiggsFeatures: String, CaseIterable, Sendable {
    /// The 21 measured quantities.
    case lowLevel
    /// The 7 derived masses.
    case highLevel
    /// All 28.
    case all

    /// The positions of the set's features among the 28.
    public var indices: [Int] {
        switch self {
        case .lowLevel: return Array(0..<21)
        case .highLevel: return Array(21..<28)
        case .all: return Array(0..<28)
        }
    }

    /// The set's feature names, in column order.
    public var names: [String] { indices.map { Higgs.featureNames[$0] } }
}
