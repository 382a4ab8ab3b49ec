// Element-wise maths and reductions on 10⁶ elements: the rows `exp_1e6`, `sigmoid_1e6`,
// `tanh_1e6`, `sum_1e6`, `mean_1e6`, `max_1e6` of benchmarks/mlcore/run (the peer runs the same
// numpy expressions on the same numbers, uniform in [−5, 5)).
import MLCore

func runElementwiseBenchmarks() throws {
    let x = try Tensor.uniform([1_000_000], low: -5, high: 5, seed: 1)
    var sink = 0.0
    let rows: [(String, () -> Double)] = [
        ("exp_1e6", { x.exp.scalars[0] }),
        ("sigmoid_1e6", { x.sigmoid.scalars[0] }),
        ("tanh_1e6", { x.tanh.scalars[0] }),
        ("sum_1e6", { x.sum() }),
        ("mean_1e6", { x.mean() }),
        ("max_1e6", { x.max() ?? 0 }),
    ]
    for (name, body) in rows {
        report(name, best(of: 20) { sink += body() })
    }
    if sink.isNaN { print("nan") }
}
