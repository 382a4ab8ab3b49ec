// Printing class instances, and structs, enums and optionals inside collections.
final class Counter { var n = 0 }
struct Point { var x: Double; var y: Double }
enum Direction { case north, south }
enum Token { case number(Double), word(String) }
print(Counter())
print([Counter(), Counter()].count, [Counter()])
print([Point(x: 1, y: 2)], [Direction.north, .south])
print([Token.number(1), Token.word("hi")])
print(["p": Point(x: 0, y: 0)])
let maybe: Point? = Point(x: 3, y: 4)
print(maybe as Any, [maybe])
print((Point(x: 1, y: 1), Direction.south))
print(Optional(Direction.north) as Any)
let nested: [[Point]] = [[Point(x: 0, y: 1)]]
print(nested)
print(String(describing: Point(x: 5, y: 6)), "\(Direction.south)", "\([Direction.north])")
debugPrint(Point(x: 1, y: 0), Direction.north, "s")
