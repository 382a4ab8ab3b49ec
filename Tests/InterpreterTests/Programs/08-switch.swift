// switch over values, ranges, tuples, multiple patterns and where clauses.
func bucket(_ n: Int) -> String {
    switch n {
    case Int.min..<0:
        return "negative"
    case 0:
        return "zero"
    case 1, 2, 3:
        return "few"
    case 4...9:
        return "several"
    default:
        return "many"
    }
}
for n in [-5, 0, 2, 7, 42] {
    print(n, bucket(n))
}

func quadrant(_ p: (Double, Double)) -> String {
    switch p {
    case (0, 0):
        return "origin"
    case (_, 0):
        return "on x axis"
    case (0, _):
        return "on y axis"
    case let (x, y) where x > 0 && y > 0:
        return "first"
    case let (x, y) where x < 0 && y > 0:
        return "second"
    case (let x, _) where x < 0:
        return "third"
    default:
        return "fourth"
    }
}
print(quadrant((0, 0)), quadrant((2, 0)), quadrant((0, -1)))
print(quadrant((1, 1)), quadrant((-1, 1)), quadrant((-1, -1)), quadrant((1, -1)))

let word = "relu"
switch word {
case "sigmoid":
    print("squashes to (0, 1)")
case "relu":
    print("max(0, x)")
default:
    print("unknown")
}

let score = 0.87
switch score {
case ..<0.5:
    print("poor")
case 0.5..<0.8:
    print("fair")
default:
    print("good")
}

for pair in [(3, 3), (1, 2)] {
    switch pair {
    case let (a, b) where a == b:
        print("equal", a)
    case let (a, b):
        print("different", a, b)
    }
}
