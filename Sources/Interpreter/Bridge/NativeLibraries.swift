/// Where the native libraries lesson code can use are declared, one line per API (see
/// `NativeType.swift` for the forms). MLCore and Plots are added here:
///
/// ```swift
/// lib.type(Sequential.self, name: "Sequential") { t in
///     t.initializer { (layers: [Layer]) throws in try Sequential(layers) }
///     t.method("predict") { (m: Sequential, x: Tensor) throws in try m.predict(x) }
/// }
/// ```
/// Every session calls this once, after the standard library (math functions) is registered.
func registerNativeLibraries(_ lib: NativeLibrary) {
    lib.registerLazily(registerLessonLibrary)
}
