// A reference-type parameter store shared by layers: updates through one alias are seen by all.
final class ParameterStore {
    private(set) var values: [String: [Double]] = [:]
    func set(_ name: String, _ v: [Double]) { values[name] = v }
    func update(_ name: String, by delta: [Double]) {
        guard var v = values[name] else { return }
        for i in v.indices { v[i] += delta[i] }
        values[name] = v
    }
    var parameterCount: Int { values.values.map { $0.count }.reduce(0, +) }
}
struct LayerView {
    let store: ParameterStore
    let name: String
    var weights: [Double] { store.values[name] ?? [] }
    func nudge(_ k: Double) { store.update(name, by: weights.map { _ in k }) }
}
let store = ParameterStore()
store.set("dense1", [0.1, 0.2, 0.3])
store.set("dense2", [1, 2])
let first = LayerView(store: store, name: "dense1")
let again = LayerView(store: store, name: "dense1")
first.nudge(0.5)
print(again.weights, store.parameterCount)
var copy = first
copy.nudge(-0.25)
print(first.weights.map { ($0 * 100).rounded() / 100 }, store.values.keys.sorted())
let views = ["dense1", "dense2", "missing"].map { LayerView(store: store, name: $0) }
print(views.map { $0.weights.count })
