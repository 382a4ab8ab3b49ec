// Integer literals in a ternary inside map take the Double type of the result.
enum Species: CaseIterable {
    case setosa, versicolor, virginica
    var oneHot: [Double] { Species.allCases.map { $0 == self ? 1 : 0 } }
}
print(Species.versicolor.oneHot)
print(Species.setosa.oneHot)

let labels = [1, 0, 1, 1]
let targets: [Double] = labels.map { $0 == 1 ? 1 : -1 }
print(targets)

func indicator(_ b: Bool) -> Double { b ? 1 : 0 }
print(indicator(true), indicator(false))

let weights: [Double] = [0.5, -0.25, 2]
let signs = weights.map { w -> Double in w > 0 ? 1 : -1 }
print(signs)
let clipped = weights.map { Swift.min($0, 1) }
print(clipped)
