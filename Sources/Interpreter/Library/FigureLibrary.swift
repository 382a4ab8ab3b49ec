import Figures
import MLCore
import Plots

/// Lesson-level plotting: each function appends a figure to the running cell's output (the
/// figures of trees, boosting and bias–variance are in ModelFigureLibrary.swift).
///
/// Figures are data (`Plots.Figure`); the runner renders them as SVG in HTML and as a terminal
/// chart. The functions return nothing, so a cell reads `plot(history)` as a statement.
func registerFigureLibrary(_ lib: NativeLibrary) {
    func add(_ figure: Plots.Figure) -> NoValue {
        lib.figures.append(figure)
        return NoValue()
    }
    lib.declare("plot(_ history: TrainingHistory, logY: Bool = false, title: String = \"Loss\")") { a in
        add(try .lossCurves(a[0] as TrainingHistory, logY: a[1], title: a[2]))
    }
    lib.declare("plot(_ histories: [TrainingHistory], names: [String] = [], validation: Bool = false, logY: Bool = false, title: String = \"Loss\")") { a in
        add(try .lossCurves(a[0] as [TrainingHistory], names: a[1], validation: a[2], logY: a[3], title: a[4]))
    }
    lib.declare("plot(_ values: [[Double]], names: [String] = [], x: [Double]? = nil, logY: Bool = false, title: String = \"\", xLabel: String? = nil, yLabel: String = \"\")") { a in
        add(try .curves(a[0] as [[Double]], names: a[1], x: a[2], logY: a[3], title: a[4], xLabel: a[5], yLabel: a[6]))
    }
    lib.declare("plot(_ values: [Double], name: String = \"values\", x: [Double]? = nil, logY: Bool = false, title: String = \"\", xLabel: String? = nil, yLabel: String = \"\")") { a in
        add(try .curves([a[0] as [Double]], names: [a[1]], x: a[2], logY: a[3], title: a[4], xLabel: a[5], yLabel: a[6]))
    }
    lib.declare("plot(x: [Double], y: [Double], name: String = \"f(x)\", title: String = \"\", xLabel: String = \"x\", yLabel: String = \"\")") { a in
        add(try .function(x: a[0], y: a[1], name: a[2], title: a[3], xLabel: a[4], yLabel: a[5]))
    }
    lib.declare("plot(_ activation: Activation, derivative: Bool = false)") { a in
        add(try .activation(a[0] as Activation, derivative: a[1]))
    }
    lib.declare("plot(_ activations: [Activation], derivatives: Bool = false, title: String = \"Activation functions\")") { a in
        add(try .activations(a[0] as [Activation], derivatives: a[1], title: a[2]))
    }
    lib.declare("plotAccuracy(_ history: TrainingHistory, title: String = \"Accuracy\")") { a in
        add(try .accuracyCurves(a[0], title: a[1]))
    }
    lib.declare("scatter(_ data: Dataset, classNames: [String] = [], title: String = \"\")") { a in
        add(try .scatter(a[0], classNames: a[1], title: a[2]))
    }
    lib.declare("plotDecisionBoundary(_ model: Classifier, data: Dataset, resolution: Int = 80, title: String = \"Decision boundary\")") { a in
        add(try .decisionBoundary((a[0] as AnyClassifier).model, data: a[1], resolution: a[2], title: a[3]))
    }
    lib.declare("plotContour(_ function: TestFunction, paths: [OptimizationPath] = [], names: [String] = [], title: String? = nil)") { a in
        add(try .contour(a[0], paths: a[1], names: a[2], title: a[3]))
    }
    lib.declare("show(_ value: Value, title: String = \"\")") { a in
        add(try .graph(a[0] as MLCore.Value, title: a[1]))
    }
    lib.declare("plotROC(scores: [Double], labels: [Int], name: String = \"model\", title: String = \"ROC curve\")") { a in
        add(try .roc(scores: a[0] as [Double], labels: a[1], name: a[2], title: a[3]))
    }
    lib.declare("plotROC(_ model: Classifier, data: Dataset, name: String = \"model\", title: String = \"ROC curve\")") { a in
        add(try .roc((a[0] as AnyClassifier).model, data: a[1], name: a[2], title: a[3]))
    }
    lib.declare("histogram(_ values: [Double], bins: Int = 20, title: String = \"\", xLabel: String = \"value\")") { a in
        add(try .histogram(of: a[0] as [Double], bins: a[1], title: a[2], xLabel: a[3]))
    }
    lib.declare("histogram(_ tensor: Tensor, bins: Int = 20, title: String = \"\", xLabel: String = \"value\")") { a in
        add(try .histogram(of: a[0] as Tensor, bins: a[1], title: a[2], xLabel: a[3]))
    }
    lib.declare("plotDistributions(_ values: [Double], labels: [Int], classNames: [String] = [], bins: Int = 30, title: String = \"\", xLabel: String = \"value\")") { a in
        add(try .distributions(a[0], labels: a[1], classNames: a[2], bins: a[3], title: a[4], xLabel: a[5]))
    }
    lib.declare("bars(_ values: [Double], labels: [String], title: String = \"\", yLabel: String = \"\")") { a in
        add(try .bars(a[0] as [Double], labels: a[1], title: a[2], yLabel: a[3]))
    }
    lib.declare("bars(_ groups: [[Double]], names: [String], labels: [String], title: String = \"\", yLabel: String = \"\")") { a in
        add(try .bars(a[0] as [[Double]], names: a[1], labels: a[2], title: a[3], yLabel: a[4]))
    }
}
