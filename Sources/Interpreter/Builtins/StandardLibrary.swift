import Foundation

/// Foundation's math functions and the other free functions of Swift's standard library that
/// lessons use, declared through the same bridge that exposes MLCore.
func registerStandardLibrary(_ lib: NativeLibrary) {
    for (name, f) in [("exp", Foundation.exp), ("log", Foundation.log), ("log2", Foundation.log2),
                      ("log10", Foundation.log10), ("sqrt", Foundation.sqrt), ("sin", Foundation.sin),
                      ("cos", Foundation.cos), ("tan", Foundation.tan), ("tanh", Foundation.tanh),
                      ("sinh", Foundation.sinh), ("cosh", Foundation.cosh), ("atan", Foundation.atan),
                      ("asin", Foundation.asin), ("acos", Foundation.acos), ("exp2", Foundation.exp2),
                      ("log1p", Foundation.log1p), ("expm1", Foundation.expm1), ("cbrt", Foundation.cbrt),
                      ("floor", Foundation.floor), ("ceil", Foundation.ceil), ("round", Foundation.round),
                      ("trunc", Foundation.trunc)] as [(String, (Double) -> Double)] {
        lib.function(name) { (x: Float) in Float(f(Double(x))) }
        lib.function(name) { (x: Double) in f(x) }
    }
    lib.function("pow") { (x: Double, y: Double) in Foundation.pow(x, y) }
    lib.function("atan2") { (y: Double, x: Double) in Foundation.atan2(y, x) }
    lib.function("hypot") { (x: Double, y: Double) in Foundation.hypot(x, y) }
    lib.function("fmod") { (x: Double, y: Double) in Foundation.fmod(x, y) }
    lib.function("abs") { (x: Int) throws -> Int in
        if x == Int.min { throw UnlocatedError("arithmetic overflow: abs(\(x))") }
        return Swift.abs(x)
    }
    lib.function("abs") { (x: Float) in Swift.abs(x) }
    lib.function("abs") { (x: Double) in Swift.abs(x) }
    lib.function("fabs") { (x: Double) in Swift.abs(x) }
    lib.function("max") { (a: Int, b: Int) in Swift.max(a, b) }
    lib.function("max") { (a: Double, b: Double) in Swift.max(a, b) }
    lib.function("max") { (a: String, b: String) in Swift.max(a, b) }
    lib.function("max", labels: [nil, nil, nil]) { (a: Int, b: Int, c: Int) in Swift.max(a, b, c) }
    lib.function("max", labels: [nil, nil, nil]) { (a: Double, b: Double, c: Double) in Swift.max(a, b, c) }
    lib.function("min") { (a: Int, b: Int) in Swift.min(a, b) }
    lib.function("min") { (a: Double, b: Double) in Swift.min(a, b) }
    lib.function("min") { (a: String, b: String) in Swift.min(a, b) }
    lib.function("min", labels: [nil, nil, nil]) { (a: Int, b: Int, c: Int) in Swift.min(a, b, c) }
    lib.function("min", labels: [nil, nil, nil]) { (a: Double, b: Double, c: Double) in Swift.min(a, b, c) }
}

/// Functions that exist in Swift but would make lessons non-deterministic or escape the sandbox;
/// calling them gets this explanation.
let forbiddenFunctions: [String: String] = [
    "random": "random numbers are not allowed in lesson code (results must be reproducible); use the seeded generator from MLCore (e.g. var rng = RandomGenerator(seed: 42); rng.uniform())",
    "readLine": "lesson code cannot read input",
    "exit": "lesson code cannot exit the process",
    "fatalError": "fatalError stops the lesson; throw or print an explanation instead",
]
