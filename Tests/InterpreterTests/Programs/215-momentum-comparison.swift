// Plain gradient descent, momentum and Nesterov momentum on an elongated quadratic bowl.
func grad(_ p: (x: Double, y: Double)) -> (x: Double, y: Double) { (2 * p.x, 40 * p.y) }
func loss(_ p: (x: Double, y: Double)) -> Double { p.x * p.x + 20 * p.y * p.y }
func run(_ name: String, steps: Int, update: (inout (x: Double, y: Double), inout (x: Double, y: Double)) -> Void) {
    var p = (x: 5.0, y: 1.0)
    var v = (x: 0.0, y: 0.0)
    for _ in 0..<steps { update(&p, &v) }
    print(name, (p.x * 1e4).rounded() / 1e4, (p.y * 1e4).rounded() / 1e4, (loss(p) * 1e6).rounded() / 1e6)
}
let rate = 0.02, beta = 0.8
run("gd", steps: 50) { p, _ in
    let g = grad(p)
    p = (p.x - rate * g.x, p.y - rate * g.y)
}
run("momentum", steps: 50) { p, v in
    let g = grad(p)
    v = (beta * v.x - rate * g.x, beta * v.y - rate * g.y)
    p = (p.x + v.x, p.y + v.y)
}
run("nesterov", steps: 50) { p, v in
    let g = grad((p.x + beta * v.x, p.y + beta * v.y))
    v = (beta * v.x - rate * g.x, beta * v.y - rate * g.y)
    p = (p.x + v.x, p.y + v.y)
}
