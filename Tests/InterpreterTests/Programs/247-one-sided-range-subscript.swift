// One-sided ranges in subscripts: xs[..<mid], xs[mid...], xs[...k].
let xs = [3, 1, 4, 1, 5, 9, 2, 6]
let mid = xs.count / 2
let left = xs[..<mid]
let right = xs[mid...]
print(left, right)
print(xs[...2])
print(Array(xs[5...]))
print(right.startIndex)

func mergeSort(_ a: [Int]) -> [Int] {
    if a.count <= 1 { return a }
    let m = a.count / 2
    let l = mergeSort(Array(a[..<m]))
    let r = mergeSort(Array(a[m...]))
    var out: [Int] = []
    var i = 0, j = 0
    while i < l.count && j < r.count {
        if l[i] <= r[j] { out.append(l[i]); i += 1 } else { out.append(r[j]); j += 1 }
    }
    out += l[i...]
    out += r[j...]
    return out
}
print(mergeSort(xs))
let split = Int(Double(xs.count) * 0.75)
let (train, test) = (Array(xs[..<split]), Array(xs[split...]))
print(train, test)
