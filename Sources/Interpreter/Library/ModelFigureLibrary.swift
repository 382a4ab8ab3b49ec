import Figures
import MLCore
import Plots

/// The figures of the classical models: tree diagrams, boosting's error per round, and the
/// bias–variance curves. Each appends one figure to the running cell's output.
func registerModelFigureLibrary(_ lib: NativeLibrary) {
    func add(_ figure: Plots.Figure) -> NoValue {
        lib.figures.append(figure)
        return NoValue()
    }
    lib.declare("show(_ tree: DecisionTree, featureNames: [String] = [], classNames: [String] = [], maxDepth: Int = 4, title: String = \"\")") { a in
        add(try .tree(a[0] as DecisionTree, featureNames: a[1], classNames: a[2], maxDepth: a[3], title: a[4]))
    }
    lib.declare("show(_ tree: RegressionTree, featureNames: [String] = [], maxDepth: Int = 4, title: String = \"\")") { a in
        add(try .tree(a[0] as RegressionTree, featureNames: a[1], maxDepth: a[2], title: a[3]))
    }
    lib.declare("plotROC(scores: [[Double]], labels: [Int], names: [String] = [], title: String = \"ROC curve\")") { a in
        add(try .roc(scores: a[0] as [[Double]], labels: a[1], names: a[2], title: a[3]))
    }
    lib.declare("plotStagedErrors(_ model: StagedClassifier, train: Dataset, test: Dataset? = nil, title: String = \"Error per boosting round\")") { a in
        add(try .stagedErrors((a[0] as AnyStagedClassifier).model, train: a[1], test: a[2], title: a[3]))
    }
    lib.declare("plotBiasVariance(_ result: BiasVarianceResult, logY: Bool = false, xLabel: String = \"complexity\", title: String = \"Bias and variance\")") { a in
        add(try .biasVariance(a[0], logY: a[1], xLabel: a[2], title: a[3]))
    }
    lib.declare("plotFits(_ result: BiasVarianceResult, complexity: Int, title: String? = nil)") { a in
        add(try .fits(a[0], complexity: a[1], title: a[2]))
    }
}
