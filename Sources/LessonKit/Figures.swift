import Figures
import MLCore
import Plots

// The lesson library's figures, for compiled lessons: the same functions, with the same
// signatures, as the interpreter's FigureLibrary, ModelFigureLibrary and SVMFigureLibrary, each
// building its figure with Figures (so the same inputs are refused). A compiled lesson has
// nowhere to show a figure: it is counted in the cell's end record (`CompiledCells`) and dropped.

/// Builds one figure; a figure that cannot be drawn ends the program, as it ends the cell in the
/// interpreter.
private func draw(_ make: () throws -> Figure) {
    do {
        _ = try make()
        CompiledCells.figures += 1
    } catch {
        CompiledCells.fail(error)
    }
}

public func plot(_ history: TrainingHistory, logY: Bool = false, title: String = "Loss") {
    draw { try .lossCurves(history, logY: logY, title: title) }
}

public func plot(_ histories: [TrainingHistory], names: [String] = [], validation: Bool = false, logY: Bool = false,
                 title: String = "Loss") {
    draw { try .lossCurves(histories, names: names, validation: validation, logY: logY, title: title) }
}

public func plot(_ values: [[Double]], names: [String] = [], x: [Double]? = nil, logY: Bool = false, title: String = "",
                 xLabel: String? = nil, yLabel: String = "") {
    draw { try .curves(values, names: names, x: x, logY: logY, title: title, xLabel: xLabel, yLabel: yLabel) }
}

public func plot(_ values: [Double], name: String = "values", x: [Double]? = nil, logY: Bool = false, title: String = "",
                 xLabel: String? = nil, yLabel: String = "") {
    draw { try .curves([values], names: [name], x: x, logY: logY, title: title, xLabel: xLabel, yLabel: yLabel) }
}

public func plot(x: [Double], y: [Double], name: String = "f(x)", title: String = "", xLabel: String = "x", yLabel: String = "") {
    draw { try .function(x: x, y: y, name: name, title: title, xLabel: xLabel, yLabel: yLabel) }
}

public func plot(_ activation: Activation, derivative: Bool = false) {
    draw { try .activation(activation, derivative: derivative) }
}

public func plot(_ activations: [Activation], derivatives: Bool = false, title: String = "Activation functions") {
    draw { try .activations(activations, derivatives: derivatives, title: title) }
}

public func plotAccuracy(_ history: TrainingHistory, title: String = "Accuracy") {
    draw { try .accuracyCurves(history, title: title) }
}

public func scatter(_ data: Dataset, classNames: [String] = [], title: String = "") {
    draw { try .scatter(data, classNames: classNames, title: title) }
}

public func plotDecisionBoundary(_ model: any Classifier, data: Dataset, resolution: Int = 80,
                                 title: String = "Decision boundary") {
    draw { try .decisionBoundary(model, data: data, resolution: resolution, title: title) }
}

public func plotContour(_ function: TestFunction, paths: [OptimizationPath] = [], names: [String] = [], title: String? = nil) {
    draw { try .contour(function, paths: paths, names: names, title: title) }
}

public func show(_ value: Value, title: String = "") {
    draw { try .graph(value, title: title) }
}

public func plotROC(scores: [Double], labels: [Int], name: String = "model", title: String = "ROC curve") {
    draw { try .roc(scores: scores, labels: labels, name: name, title: title) }
}

public func plotROC(_ model: any Classifier, data: Dataset, name: String = "model", title: String = "ROC curve") {
    draw { try .roc(model, data: data, name: name, title: title) }
}

public func plotROC(scores: [[Double]], labels: [Int], names: [String] = [], title: String = "ROC curve") {
    draw { try .roc(scores: scores, labels: labels, names: names, title: title) }
}

public func histogram(_ values: [Double], bins: Int = 20, title: String = "", xLabel: String = "value") {
    draw { try .histogram(of: values, bins: bins, title: title, xLabel: xLabel) }
}

public func histogram(_ tensor: Tensor, bins: Int = 20, title: String = "", xLabel: String = "value") {
    draw { try .histogram(of: tensor, bins: bins, title: title, xLabel: xLabel) }
}

public func bars(_ values: [Double], labels: [String], title: String = "", yLabel: String = "") {
    draw { try .bars(values, labels: labels, title: title, yLabel: yLabel) }
}

public func bars(_ groups: [[Double]], names: [String], labels: [String], title: String = "", yLabel: String = "") {
    draw { try .bars(groups, names: names, labels: labels, title: title, yLabel: yLabel) }
}

public func plotDistributions(_ values: [Double], labels: [Int], classNames: [String] = [], bins: Int = 30,
                              title: String = "", xLabel: String = "value") {
    draw { try .distributions(values, labels: labels, classNames: classNames, bins: bins, title: title, xLabel: xLabel) }
}

public func plotQValues(_ agent: QLearning, world: GridWorld, title: String = "Q-values and greedy policy") {
    draw { try .qValues(agent, world: world, title: title) }
}

public func plotQValues(_ qValues: [[Double]], world: GridWorld, title: String = "Q-values and greedy policy") {
    draw { try .qValues(qValues, world: world, title: title) }
}

public func plotReturns(_ returns: [Double], window: Int = 10, title: String = "Return per episode") {
    draw { try .returns(returns, window: window, title: title) }
}

public func show(_ tree: DecisionTree, featureNames: [String] = [], classNames: [String] = [], maxDepth: Int = 4,
                 title: String = "") {
    draw { try .tree(tree, featureNames: featureNames, classNames: classNames, maxDepth: maxDepth, title: title) }
}

public func show(_ tree: RegressionTree, featureNames: [String] = [], maxDepth: Int = 4, title: String = "") {
    draw { try .tree(tree, featureNames: featureNames, maxDepth: maxDepth, title: title) }
}

public func plotStagedErrors(_ model: any StagedClassifier, train: Dataset, test: Dataset? = nil,
                             title: String = "Error per boosting round") {
    draw { try .stagedErrors(model, train: train, test: test, title: title) }
}

public func plotBiasVariance(_ result: BiasVarianceResult, logY: Bool = false, xLabel: String = "complexity",
                             title: String = "Bias and variance") {
    draw { try .biasVariance(result, logY: logY, xLabel: xLabel, title: title) }
}

public func plotFits(_ result: BiasVarianceResult, complexity: Int, title: String? = nil) {
    draw { try .fits(result, complexity: complexity, title: title) }
}

public func plotMargin(_ svm: SVM, data: Dataset, resolution: Int = 80, classNames: [String] = [],
                       title: String = "SVM: margin and support vectors") {
    draw { try .svmMargin(svm, data: data, resolution: resolution, classNames: classNames, title: title) }
}

public func plotClusters(_ kmeans: KMeans, data: Dataset, resolution: Int = 80, title: String = "k-means clusters") {
    draw { try .clusters(kmeans, data: data, resolution: resolution, title: title) }
}

public func plotProjection(_ pca: PCA, data: Dataset, classNames: [String] = [], title: String = "PCA projection") {
    draw { try .pcaProjection(pca, data: data, classNames: classNames, title: title) }
}
