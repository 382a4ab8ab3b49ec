import Figures
import MLCore
import Plots

/// The figures of reinforcement learning: a grid world's Q-values with the greedy policy, and
/// the return per episode. Each appends one figure to the running cell's output.
func registerReinforcementFigureLibrary(_ lib: NativeLibrary) {
    func add(_ figure: Plots.Figure) -> NoValue {
        lib.figures.append(figure)
        return NoValue()
    }
    lib.declare("plotQValues(_ agent: QLearning, world: GridWorld, title: String = \"Q-values and greedy policy\")") { a in
        add(try .qValues(a[0] as QLearning, world: a[1], title: a[2]))
    }
    lib.declare("plotQValues(_ qValues: [[Double]], world: GridWorld, title: String = \"Q-values and greedy policy\")") { a in
        add(try .qValues(a[0] as [[Double]], world: a[1], title: a[2]))
    }
    lib.declare("plotReturns(_ returns: [Double], window: Int = 10, title: String = \"Return per episode\")") { a in
        add(try .returns(a[0], window: a[1], title: a[2]))
    }
}
