import XCTest
@testable import Interpreter

/// Structs (value semantics), classes (reference semantics), enums and extensions.
final class TypeDeclarationTests: XCTestCase {
    func testStructsHaveValueSemantics() {
        assertOutput("""
        struct Point {
            var x: Double
            var y: Double = 0
            var length: Double { (x * x + y * y).squareRoot() }
            static let origin = Point(x: 0, y: 0)
            static func unit() -> Point { Point(x: 1) }
            mutating func scale(by k: Double) { x *= k; y *= k }
            func moved(dx: Double) -> Point { Point(x: x + dx, y: y) }
        }
        var a = Point(x: 3, y: 4)
        var b = a
        b.scale(by: 2)
        a.x = 6
        print(a, b, a.length, Point.origin, Point.unit(), a.moved(dx: 1).x)
        """, "Point(x: 6.0, y: 4.0) Point(x: 6.0, y: 8.0) 7.211102550927978 Point(x: 0.0, y: 0.0) Point(x: 1.0, y: 0.0) 7.0\n")
    }

    func testCustomInitAndComputedSetter() {
        assertOutput("""
        struct Celsius {
            var degrees: Double
            init(fahrenheit: Double) { degrees = (fahrenheit - 32) / 1.8 }
            var fahrenheit: Double {
                get { degrees * 1.8 + 32 }
                set { degrees = (newValue - 32) / 1.8 }
            }
        }
        var t = Celsius(fahrenheit: 212)
        t.fahrenheit = 32
        print(t.degrees)
        """, "0.0\n")
    }

    func testClassesHaveReferenceSemantics() {
        assertOutput("""
        class Counter {
            var count = 0
            let name: String
            init(name: String) { self.name = name }
            func increment() { count += 1 }
        }
        let a = Counter(name: "a")
        let b = a
        b.increment(); a.increment()
        print(a.count, a === b, a !== Counter(name: "c"), a.name)
        class Animal { var legs = 4; func describe() -> String { "legs: \\(legs)" } }
        class Bird: Animal { override func describe() -> String { "bird with " + String(legs) } }
        let bird = Bird()
        bird.legs = 2
        print(bird.describe(), Animal().describe(), bird is Animal)
        """, "2 true true a\nbird with 2 legs: 4 true\n")
    }

    func testEnums() {
        assertOutput("""
        enum Direction: CaseIterable { case north, east, south, west
            var opposite: Direction {
                switch self {
                case .north: return .south
                case .south: return .north
                case .east: return .west
                case .west: return .east
                }
            }
        }
        enum Planet: Int { case mercury = 1, venus, earth }
        enum Grade: String { case pass = "P", fail }
        enum Shape { case circle(radius: Double), rect(Double, Double)
            func area() -> Double {
                switch self {
                case .circle(let r): return 3 * r * r
                case let .rect(w, h): return w * h
                }
            }
        }
        let d: Direction = .east
        print(d, d.opposite, Direction.allCases.count, Planet.earth.rawValue, Planet(rawValue: 2)!, Planet(rawValue: 9) as Any)
        print(Grade.pass.rawValue, Grade.fail.rawValue, Shape.circle(radius: 1), Shape.rect(2, 3).area(), [Shape.circle(radius: 2)])
        if case .circle(let r) = Shape.circle(radius: 5) { print("radius", r) }
        print(d == .east, d != .west)
        """, """
        east west 4 3 venus nil
        P fail circle(radius: 1.0) 6.0 [main.Shape.circle(radius: 2.0)]
        radius 5.0
        true true

        """)
    }

    func testExtensionsAndCustomDescription() {
        assertOutput("""
        struct Vector { var x: Double; var y: Double }
        extension Vector: CustomStringConvertible {
            var description: String { "<\\(x), \\(y)>" }
            static func + (a: Vector, b: Vector) -> Vector { Vector(x: a.x + b.x, y: a.y + b.y) }
            static func == (a: Vector, b: Vector) -> Bool { a.x == b.x }
            init(both v: Double) { self.init(x: v, y: v) }
        }
        let v = Vector(x: 1, y: 2) + Vector(both: 1)
        print(v, [v], "\\(v)", v == Vector(x: 2, y: 0))
        """, "<2.0, 3.0> [<2.0, 3.0>] <2.0, 3.0> true\n")
    }

    func testMemberErrors() {
        assertError("""
        struct Point { var x: Double }
        let p = Point(x: 1)
        print(p.1️⃣z)
        """, "value of type 'Point' has no member 'z'")
        assertError("""
        struct Point { var x: Double }
        let p = Point(1️⃣y: 1)
        """, "incorrect argument label in call (have 'y:', expected 'x:')")
    }
}
