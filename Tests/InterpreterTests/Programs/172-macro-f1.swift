// Per-class precision, recall and F1, with macro and weighted averages.
let truth = [0, 0, 1, 1, 1, 2, 2, 2, 2, 0]
let pred =  [0, 1, 1, 1, 0, 2, 2, 1, 2, 0]
let classes = 3
var tp = [Int](repeating: 0, count: classes)
var fp = tp, fn = tp, support = tp
for (t, p) in zip(truth, pred) {
    support[t] += 1
    if t == p { tp[t] += 1 } else { fp[p] += 1; fn[t] += 1 }
}
func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
func r(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
var f1s: [Double] = []
for c in 0..<classes {
    let p = ratio(tp[c], tp[c] + fp[c])
    let rc = ratio(tp[c], tp[c] + fn[c])
    let f1 = p + rc == 0 ? 0 : 2 * p * rc / (p + rc)
    f1s.append(f1)
    print("class \(c): precision \(r(p)) recall \(r(rc)) f1 \(r(f1)) support \(support[c])")
}
let macro = f1s.reduce(0, +) / Double(classes)
let weighted = zip(f1s, support).map { $0 * Double($1) }.reduce(0, +) / Double(truth.count)
print("macro f1", r(macro), "weighted f1", r(weighted))
print("accuracy", ratio(tp.reduce(0, +), truth.count))
