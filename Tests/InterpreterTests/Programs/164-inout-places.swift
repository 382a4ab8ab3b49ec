// inout arguments from many places: class properties, array elements, dictionary values, struct fields.
func bump(_ x: inout Int, by k: Int = 1) { x += k }
func scale(_ v: inout [Double], _ f: Double) { for i in v.indices { v[i] *= f } }
final class Stats { var count = 0; var values: [Double] = [1, 2] }
struct Pair { var a = 0, b = 0 }

let stats = Stats()
bump(&stats.count)
bump(&stats.count, by: 5)
scale(&stats.values, 10)
print(stats.count, stats.values)

var counts = [0, 0, 0]
bump(&counts[1], by: 3)
var matrix = [[1.0, 2.0], [3.0, 4.0]]
scale(&matrix[1], 0.5)
print(counts, matrix)

var d: [String: Int] = ["a": 1]
bump(&d["a"]!, by: 9)
bump(&d["new", default: 100])
print(d.sorted { $0.key < $1.key })

var p = Pair()
bump(&p.a)
bump(&p.b, by: 2)
var pairs = [Pair(), Pair()]
bump(&pairs[1].b, by: 7)
print(p.a, p.b, pairs.map { $0.b })
func swapFirstLast(_ xs: inout [Int]) { if xs.count > 1 { xs.swapAt(0, xs.count - 1) } }
var xs = [1, 2, 3]
swapFirstLast(&xs)
print(xs)
