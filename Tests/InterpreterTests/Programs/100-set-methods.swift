// Set operations, printed sorted.
var seen: Set<Int> = [1, 2, 3]
print(seen.insert(2).inserted, seen.insert(4).inserted, seen.count)
print(seen.remove(1) as Any, seen.remove(42) as Any, seen.contains(3))
let other: Set = [3, 4, 5]
print(seen.union(other).sorted(), seen.intersection(other).sorted(), seen.subtracting(other).sorted())
print(Set([3, 4]).isSubset(of: other), seen.isSubset(of: other))
seen.formUnion([10, 11])
seen.subtract([2])
print(seen.sorted())
var letters = Set("mississippi")
print(letters.count, letters.sorted())
letters.insert("z")
print(letters.contains("z"), letters.isEmpty)
for x in Set([2, 1]).sorted() { print(x) }
let words = ["a", "b", "a", "c", "b"]
print(Set(words).count, Set(words) == Set(["c", "b", "a"]))
print(Set([1.5]), Set<String>().isEmpty)
