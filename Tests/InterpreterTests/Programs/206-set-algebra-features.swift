// Sets for feature engineering: vocabulary overlap, Jaccard similarity and symmetric difference.
let docA = Set("the model learns the weights from data".split(separator: " ").map { String($0) })
let docB = Set("the weights of the model are data".split(separator: " ").map { String($0) })
let shared = docA.intersection(docB)
let union = docA.union(docB)
print(shared.sorted(), union.count)
print("jaccard", Double(shared.count) / Double(union.count))
print(docA.symmetricDifference(docB).sorted())
print(docA.subtracting(docB).sorted(), docB.isSuperset(of: ["the", "data"]))
print(docA.isDisjoint(with: ["cat", "dog"]), docA.contains("learns"))
var seen = Set<Int>()
var duplicates: [Int] = []
for x in [4, 2, 4, 7, 2, 4] {
    if !seen.insert(x).inserted { duplicates.append(x) }
}
print(duplicates, seen.sorted(), seen.min()!, seen.max()!)
let evens = Set(stride(from: 0, to: 20, by: 2)), threes = Set(stride(from: 0, to: 20, by: 3))
print(evens.intersection(threes).sorted(), evens.union(threes).count)
print(Set([1, 2]) == Set([2, 1]), Set(["a"]).isSubset(of: ["a", "b"]))
