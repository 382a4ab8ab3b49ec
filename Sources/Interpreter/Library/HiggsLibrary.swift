import MLCore

/// The HIGGS events of the Higgs case study: `Higgs.read` (a file in the lesson's folder, checked
/// against the published layout), the events and their feature sets.
func registerHiggsLibrary(_ lib: NativeLibrary) {
    lib.declare(value: HiggsFeatures.self, name: "HiggsFeatures") { t in
        t.cases(HiggsFeatures.allCases) { $0.rawValue }
        t.staticProperty("allCases") { HiggsFeatures.allCases }
        t.property("rawValue") { $0.rawValue }
        t.property("indices") { $0.indices }
        t.property("names") { $0.names }
    }
    lib.declare(value: HiggsEvents.self, name: "HiggsEvents") { t in
        t.property("features") { $0.features }
        t.property("labels") { $0.labels }
        t.property("count") { $0.count }
        t.property("signalCount") { $0.signalCount }
        t.property("description") { $0.description }
        t.method("dataset(_ features: HiggsFeatures = .all) -> Dataset") { e, a in try e.dataset(a[0]) }
        t.method("column(_ name: String) -> [Double]") { e, a in try e.column(a[0]) }
        t.method("split(trainingCount: Int) -> (train: HiggsEvents, test: HiggsEvents)") { e, a in
            let (train, test) = try e.split(trainingCount: a[0])
            return tupleValue([train.asValue, test.asValue], labels: ["train", "test"])
        }
    }
    lib.namespace("Higgs") { [unowned lib] t in
        t.staticMethod("read(_ file: String) -> HiggsEvents") { a in
            try DataFiles.read(try a[0], for: lib) { path in try Higgs.read(path) }
        }
        t.staticProperty("featureNames") { Higgs.featureNames }
        t.staticProperty("lowLevelFeatureNames") { Higgs.lowLevelFeatureNames }
        t.staticProperty("highLevelFeatureNames") { Higgs.highLevelFeatureNames }
        t.staticProperty("columnNames") { Higgs.columnNames }
    }
}

extension HiggsFeatures: NativeValue {}
extension HiggsEvents: NativeValue {}
