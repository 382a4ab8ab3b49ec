// A million training sets of a million points: refused before they are drawn.
// error: allocation of 200000000 elements exceeds the limit of 50000000 | allocation of 2000100000000 elements
let experiment = BiasVariance(noise: 0.3, trainingSize: 1_000_000, repetitions: 1_000_000, seed: 2) { x in sin(2 * Double.pi * x) }
let result = try experiment.run(complexities: [1, 2]) { degree in PolynomialRegression(degree: degree) }
