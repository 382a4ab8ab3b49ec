import Figures
import MLCore
import Plots

/// The figures of SVMs, k-means and PCA. Each appends one figure to the running cell's output.
func registerSVMFigureLibrary(_ lib: NativeLibrary) {
    func add(_ figure: Plots.Figure) -> NoValue {
        lib.figures.append(figure)
        return NoValue()
    }
    lib.declare("plotMargin(_ svm: SVM, data: Dataset, resolution: Int = 80, classNames: [String] = [], title: String = \"SVM: margin and support vectors\")") { a in
        add(try .svmMargin(a[0] as SVM, data: a[1], resolution: a[2], classNames: a[3], title: a[4]))
    }
    lib.declare("plotClusters(_ kmeans: KMeans, data: Dataset, resolution: Int = 80, title: String = \"k-means clusters\")") { a in
        add(try .clusters(a[0] as KMeans, data: a[1], resolution: a[2], title: a[3]))
    }
    lib.declare("plotProjection(_ pca: PCA, data: Dataset, classNames: [String] = [], title: String = \"PCA projection\")") { a in
        add(try .pcaProjection(a[0] as PCA, data: a[1], classNames: a[2], title: a[3]))
    }
}
