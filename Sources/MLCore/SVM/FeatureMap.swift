/// Explicit feature maps φ of the lecture: what a kernel computes implicitly, written out.
///
/// - `radial`: (x₁, x₂) → (x₁, √(x₁² + x₂²)). Two concentric circles become two horizontal bands,
///   which a straight line separates: a linear SVM on the mapped data solves a problem that no
///   line solves in the original plane.
/// - `quadratic`: (x₁, x₂) → (x₁², √2 x₁x₂, x₂²), the map behind the kernel trick: φ(x)·φ(x′) =
///   (x·x′)², the polynomial kernel of degree 2 (γ = 1, coef0 = 0), so an SVM with that kernel
///   separates with this map's hyperplanes without ever computing φ.
public enum FeatureMap {
    /// (x₁, x₂) → (x₁, √(x₁² + x₂²)) for each row of a matrix with two columns.
    public static func radial(_ features: Tensor) throws -> Tensor {
        try map(features, name: "the radial feature map", outputs: 2) { x1, x2 in [x1, (x1 * x1 + x2 * x2).squareRoot()] }
    }

    /// (x₁, x₂) → (x₁², √2 x₁x₂, x₂²) for each row of a matrix with two columns.
    public static func quadratic(_ features: Tensor) throws -> Tensor {
        try map(features, name: "the quadratic feature map", outputs: 3) { x1, x2 in
            [x1 * x1, 2.0.squareRoot() * x1 * x2, x2 * x2]
        }
    }

    /// A data set with `radial` applied to its features; the targets stay.
    public static func radial(_ data: Dataset) throws -> Dataset {
        try Dataset(features: radial(data.features), targets: data.targets)
    }

    /// A data set with `quadratic` applied to its features; the targets stay.
    public static func quadratic(_ data: Dataset) throws -> Dataset {
        try Dataset(features: quadratic(data.features), targets: data.targets)
    }

    private static func map(_ features: Tensor, name: String, outputs: Int, _ f: (Double, Double) -> [Double]) throws -> Tensor {
        let x = features.rank == 1 ? Tensor(unchecked: [1, features.count], scalars: features.scalars) : features
        guard x.rank == 2, x.columnCount == 2 else {
            throw MLError.shapeMismatch("\(name) takes points (x₁, x₂): a matrix with 2 columns, got shape \(describe(shape: features.shape))")
        }
        var out: [Double] = []
        out.reserveCapacity(x.rowCount * outputs)
        for row in 0..<x.rowCount { out += f(x.scalars[2 * row], x.scalars[2 * row + 1]) }
        return Tensor(unchecked: [x.rowCount, outputs], scalars: out)
    }
}
