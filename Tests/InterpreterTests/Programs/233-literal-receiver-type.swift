// A literal used as a receiver takes the first of its literal types that has the member:
// Int (the default) when Int has it, otherwise Double, as Swift's solver tries them.
print((0).rounded(), (-6).rounded() / 4, ((-5)).rounded() / 100)
print((9).squareRoot(), (7).truncatingRemainder(dividingBy: 4), (2).isNaN, (3).isFinite)
let half = (5).rounded(.down) / 2
print(half, (10).squareRoot() > 3)
// Members Int has keep the literal an Int.
print(1.description, (12).isMultiple(of: 4), (-7).magnitude, (255).signum())
let n = (6).advanced(by: 2)
print(n, n / 3)
