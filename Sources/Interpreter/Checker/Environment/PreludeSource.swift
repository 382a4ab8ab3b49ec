/// The standard-library (and Foundation) subset that lesson code may use, declared in Swift.
///
/// The checker reads these declarations with the same code that reads a lesson's own, so a
/// builtin's signature is written once, as Swift, and types every use: literal types from
/// context, overloads by labels and argument types, generic arguments, associated types.
/// Bodies are omitted; the evaluator implements each member (see `Builtins/`).
/// Names starting with `_` are the checker's own helpers and cannot be written by lessons.
let preludeSource = #"""
protocol Sendable {}
protocol AnyObject {}
protocol Codable {}
protocol Encodable {}
protocol Decodable {}
protocol CVarArg {}
protocol Error {}
protocol ExpressibleByIntegerLiteral {}
protocol ExpressibleByFloatLiteral {}
protocol ExpressibleByStringLiteral {}
protocol ExpressibleByBooleanLiteral {}
protocol ExpressibleByNilLiteral {}
protocol ExpressibleByArrayLiteral {}
protocol ExpressibleByDictionaryLiteral {}
protocol CustomStringConvertible { var description: String { get } }
protocol CustomDebugStringConvertible { var debugDescription: String { get } }
protocol LosslessStringConvertible: CustomStringConvertible {}
protocol Identifiable {}
protocol RawRepresentable {}

protocol Equatable {
    static func == (lhs: Self, rhs: Self) -> Bool
}
extension Equatable {
    static func != (lhs: Self, rhs: Self) -> Bool
}
protocol Hashable: Equatable {
    var hashValue: Int { get }
}
protocol Comparable: Equatable {
    static func < (lhs: Self, rhs: Self) -> Bool
}
extension Comparable {
    static func > (lhs: Self, rhs: Self) -> Bool
    static func <= (lhs: Self, rhs: Self) -> Bool
    static func >= (lhs: Self, rhs: Self) -> Bool
    static func ..< (minimum: Self, maximum: Self) -> Range<Self>
    static func ... (minimum: Self, maximum: Self) -> ClosedRange<Self>
    static prefix func ..< (maximum: Self) -> PartialRangeUpTo<Self>
    static prefix func ... (maximum: Self) -> PartialRangeThrough<Self>
    static postfix func ... (minimum: Self) -> PartialRangeFrom<Self>
}
protocol Strideable: Comparable {}
protocol CaseIterable {
    static var allCases: [Self] { get }
}

protocol AdditiveArithmetic: Equatable {
    static var zero: Self { get }
    static func + (lhs: Self, rhs: Self) -> Self
    static func - (lhs: Self, rhs: Self) -> Self
    static func += (lhs: inout Self, rhs: Self)
    static func -= (lhs: inout Self, rhs: Self)
}
protocol Numeric: AdditiveArithmetic, ExpressibleByIntegerLiteral {
    static func * (lhs: Self, rhs: Self) -> Self
    static func *= (lhs: inout Self, rhs: Self)
}
protocol SignedNumeric: Numeric {
    static prefix func - (operand: Self) -> Self
    mutating func negate()
}
extension SignedNumeric {
    static prefix func + (operand: Self) -> Self
}
protocol BinaryInteger: Numeric, Hashable, Comparable, Strideable, CustomStringConvertible, LosslessStringConvertible, CVarArg {
    static func / (lhs: Self, rhs: Self) -> Self
    static func % (lhs: Self, rhs: Self) -> Self
    static func /= (lhs: inout Self, rhs: Self)
    static func %= (lhs: inout Self, rhs: Self)
    static func & (lhs: Self, rhs: Self) -> Self
    static func | (lhs: Self, rhs: Self) -> Self
    static func ^ (lhs: Self, rhs: Self) -> Self
    static func &= (lhs: inout Self, rhs: Self)
    static func |= (lhs: inout Self, rhs: Self)
    static func ^= (lhs: inout Self, rhs: Self)
    static func << (lhs: Self, rhs: Self) -> Self
    static func >> (lhs: Self, rhs: Self) -> Self
    static func <<= (lhs: inout Self, rhs: Self)
    static func >>= (lhs: inout Self, rhs: Self)
    static prefix func ~ (x: Self) -> Self
    static func &+ (lhs: Self, rhs: Self) -> Self
    static func &- (lhs: Self, rhs: Self) -> Self
    static func &* (lhs: Self, rhs: Self) -> Self
    func isMultiple(of other: Self) -> Bool
    func quotientAndRemainder(dividingBy rhs: Self) -> (quotient: Self, remainder: Self)
    func signum() -> Self
    var magnitude: Self { get }
    var words: [Int] { get }
    var trailingZeroBitCount: Int { get }
    var nonzeroBitCount: Int { get }
    var leadingZeroBitCount: Int { get }
}
protocol SignedInteger: BinaryInteger, SignedNumeric {}
protocol FloatingPoint: SignedNumeric, Comparable, Hashable, Strideable {
    static func / (lhs: Self, rhs: Self) -> Self
    static func /= (lhs: inout Self, rhs: Self)
    static var pi: Self { get }
    static var infinity: Self { get }
    static var nan: Self { get }
    static var greatestFiniteMagnitude: Self { get }
    static var leastNormalMagnitude: Self { get }
    static var leastNonzeroMagnitude: Self { get }
    static var ulpOfOne: Self { get }
    var isNaN: Bool { get }
    var isInfinite: Bool { get }
    var isFinite: Bool { get }
    var isZero: Bool { get }
    var isNormal: Bool { get }
    var isSubnormal: Bool { get }
    var magnitude: Self { get }
    var ulp: Self { get }
    var sign: FloatingPointSign { get }
    func squareRoot() -> Self
    func rounded() -> Self
    func rounded(_ rule: FloatingPointRoundingRule) -> Self
    mutating func round()
    mutating func round(_ rule: FloatingPointRoundingRule)
    func truncatingRemainder(dividingBy other: Self) -> Self
    func remainder(dividingBy other: Self) -> Self
    mutating func formSquareRoot()
    func addingProduct(_ lhs: Self, _ rhs: Self) -> Self
    func isEqual(to other: Self) -> Bool
    func isLess(than other: Self) -> Bool
}
protocol BinaryFloatingPoint: FloatingPoint, ExpressibleByFloatLiteral, CustomStringConvertible, LosslessStringConvertible, CVarArg {}

enum FloatingPointRoundingRule {
    case toNearestOrAwayFromZero
    case toNearestOrEven
    case up
    case down
    case towardZero
    case awayFromZero
}
enum FloatingPointSign {
    case plus
    case minus
}

struct Int: SignedInteger, ExpressibleByIntegerLiteral {
    static var max: Int { get }
    static var min: Int { get }
    static var bitWidth: Int { get }
    init()
    init(_ v: Int)
    init(_ v: Double)
    init(_ v: Float)
    init(_ c: Character)
    init?(_ text: String)
    init?(_ text: Substring)
    init?(_ text: String, radix: Int)
    init?(exactly v: Double)
    init(truncatingIfNeeded v: Int)
    init(bitPattern v: Int)
    func distance(to other: Int) -> Int
    func advanced(by n: Int) -> Int
    static func random(in range: Range<Int>) -> Int
    static func random(in range: ClosedRange<Int>) -> Int
}
struct Double: BinaryFloatingPoint, ExpressibleByIntegerLiteral {
    init()
    init(_ v: Int)
    init(_ v: Double)
    init(_ v: Float)
    init?(_ text: String)
    init?(_ text: Substring)
    init(sign: FloatingPointSign, exponent: Int, significand: Double)
    var exponent: Int { get }
    var significand: Double { get }
    var nextUp: Double { get }
    var nextDown: Double { get }
    func distance(to other: Double) -> Double
    func advanced(by n: Double) -> Double
    static func random(in range: Range<Double>) -> Double
    static func random(in range: ClosedRange<Double>) -> Double
}
struct Float: BinaryFloatingPoint, ExpressibleByIntegerLiteral {
    init()
    init(_ v: Int)
    init(_ v: Double)
    init(_ v: Float)
    init?(_ text: String)
    init?(_ text: Substring)
    var nextUp: Float { get }
    var nextDown: Float { get }
    static func random(in range: Range<Float>) -> Float
    static func random(in range: ClosedRange<Float>) -> Float
}
struct Bool: Equatable, Hashable, ExpressibleByBooleanLiteral, CustomStringConvertible, LosslessStringConvertible, CVarArg {
    init(_ b: Bool)
    init?(_ text: String)
    static prefix func ! (a: Bool) -> Bool
    static func && (lhs: Bool, rhs: Bool) -> Bool
    static func || (lhs: Bool, rhs: Bool) -> Bool
    mutating func toggle()
    static func random() -> Bool
}

protocol Sequence {
    associatedtype Element
    func map<T>(_ transform: (Element) throws -> T) rethrows -> [T]
    func filter(_ isIncluded: (Element) throws -> Bool) rethrows -> [Element]
    func compactMap<T>(_ transform: (Element) throws -> T?) rethrows -> [T]
    func flatMap<S: Sequence>(_ transform: (Element) throws -> S) rethrows -> [S.Element]
    func reduce<Result>(_ initialResult: Result, _ nextPartialResult: (Result, Element) throws -> Result) rethrows -> Result
    func reduce<Result>(into initialResult: Result, _ updateAccumulatingResult: (inout Result, Element) throws -> ()) rethrows -> Result
    func forEach(_ body: (Element) throws -> Void) rethrows
    func contains(where predicate: (Element) throws -> Bool) rethrows -> Bool
    func allSatisfy(_ predicate: (Element) throws -> Bool) rethrows -> Bool
    func first(where predicate: (Element) throws -> Bool) rethrows -> Element?
    func min(by areInIncreasingOrder: (Element, Element) throws -> Bool) rethrows -> Element?
    func max(by areInIncreasingOrder: (Element, Element) throws -> Bool) rethrows -> Element?
    func sorted(by areInIncreasingOrder: (Element, Element) throws -> Bool) rethrows -> [Element]
    func enumerated() -> EnumeratedSequence<Self>
    func reversed() -> [Element]
    func count(where predicate: (Element) throws -> Bool) rethrows -> Int
    func elementsEqual<S: Sequence>(_ other: S, by areEquivalent: (Element, S.Element) throws -> Bool) rethrows -> Bool
    func starts<S: Sequence>(with possiblePrefix: S) -> Bool where S.Element == Element
    func prefix(_ maxLength: Int) -> [Element]
    func prefix(while predicate: (Element) throws -> Bool) rethrows -> [Element]
    func drop(while predicate: (Element) throws -> Bool) rethrows -> [Element]
    func dropFirst(_ k: Int = 1) -> [Element]
    func dropLast(_ k: Int = 1) -> [Element]
    func suffix(_ maxLength: Int) -> [Element]
    func split(separator: Element, maxSplits: Int = Int.max, omittingEmptySubsequences: Bool = true) -> [[Element]]
    func shuffled() -> [Element]
    var lazy: [Element] { get }
    var underestimatedCount: Int { get }
}
extension Sequence where Element: Comparable {
    func sorted() -> [Element]
    func min() -> Element?
    func max() -> Element?
    func lexicographicallyPrecedes<S: Sequence>(_ other: S) -> Bool where S.Element == Element
}
extension Sequence where Element: Equatable {
    func contains(_ element: Element) -> Bool
    func elementsEqual<S: Sequence>(_ other: S) -> Bool where S.Element == Element
}
extension Sequence where Element: Sequence {
    func joined() -> [Element.Element]
}
extension Sequence where Element == String {
    func joined(separator: String = "") -> String
}
extension Sequence where Element == Substring {
    func joined(separator: String = "") -> String
}
protocol Collection: Sequence {
    var count: Int { get }
    var isEmpty: Bool { get }
    var first: Element? { get }
    var startIndex: Int { get }
    var endIndex: Int { get }
    var indices: Range<Int> { get }
    func firstIndex(where predicate: (Element) throws -> Bool) rethrows -> Int?
    func randomElement() -> Element?
    func index(after i: Int) -> Int
    func index(_ i: Int, offsetBy distance: Int) -> Int
    func distance(from start: Int, to end: Int) -> Int
    mutating func popFirst() -> Element?
}
extension Collection where Element: Equatable {
    func firstIndex(of element: Element) -> Int?
}
protocol BidirectionalCollection: Collection {
    var last: Element? { get }
    func lastIndex(where predicate: (Element) throws -> Bool) rethrows -> Int?
    func last(where predicate: (Element) throws -> Bool) rethrows -> Element?
    func index(before i: Int) -> Int
}
extension BidirectionalCollection where Element: Equatable {
    func lastIndex(of element: Element) -> Int?
}

struct Array<Element>: BidirectionalCollection, ExpressibleByArrayLiteral, CustomStringConvertible, CVarArg {
    init()
    init(repeating repeatedValue: Element, count: Int)
    init<S: Sequence>(_ elements: S) where S.Element == Element
    subscript(index: Int) -> Element { get set }
    subscript(bounds: Range<Int>) -> ArraySlice<Element> { get set }
    subscript(bounds: ClosedRange<Int>) -> ArraySlice<Element> { get set }
    subscript(bounds: PartialRangeFrom<Int>) -> ArraySlice<Element> { get set }
    subscript(bounds: PartialRangeUpTo<Int>) -> ArraySlice<Element> { get set }
    subscript(bounds: PartialRangeThrough<Int>) -> ArraySlice<Element> { get set }
    var capacity: Int { get }
    mutating func append(_ newElement: Element)
    mutating func append<S: Sequence>(contentsOf newElements: S) where S.Element == Element
    mutating func insert(_ newElement: Element, at i: Int)
    mutating func insert<S: Sequence>(contentsOf newElements: S, at i: Int) where S.Element == Element
    @discardableResult mutating func remove(at index: Int) -> Element
    @discardableResult mutating func removeFirst() -> Element
    mutating func removeFirst(_ k: Int)
    @discardableResult mutating func removeLast() -> Element
    mutating func removeLast(_ k: Int)
    mutating func removeSubrange(_ bounds: Range<Int>)
    mutating func removeSubrange(_ bounds: ClosedRange<Int>)
    mutating func replaceSubrange<S: Sequence>(_ bounds: Range<Int>, with newElements: S) where S.Element == Element
    mutating func popLast() -> Element?
    mutating func removeAll()
    mutating func removeAll(keepingCapacity keepCapacity: Bool)
    mutating func removeAll(where shouldBeRemoved: (Element) throws -> Bool) rethrows
    mutating func reserveCapacity(_ minimumCapacity: Int)
    mutating func reverse()
    mutating func swapAt(_ i: Int, _ j: Int)
    mutating func sort(by areInIncreasingOrder: (Element, Element) throws -> Bool) rethrows
    mutating func shuffle()
    func filter(_ isIncluded: (Element) throws -> Bool) rethrows -> [Element]
    func prefix(_ maxLength: Int) -> ArraySlice<Element>
    func prefix(upTo end: Int) -> ArraySlice<Element>
    func prefix(through position: Int) -> ArraySlice<Element>
    func suffix(_ maxLength: Int) -> ArraySlice<Element>
    func suffix(from start: Int) -> ArraySlice<Element>
    func dropFirst(_ k: Int = 1) -> ArraySlice<Element>
    func dropLast(_ k: Int = 1) -> ArraySlice<Element>
    func prefix(while predicate: (Element) throws -> Bool) rethrows -> ArraySlice<Element>
    func drop(while predicate: (Element) throws -> Bool) rethrows -> ArraySlice<Element>
    func split(separator: Element, maxSplits: Int = Int.max, omittingEmptySubsequences: Bool = true) -> [ArraySlice<Element>]
    static func + (lhs: [Element], rhs: [Element]) -> [Element]
    static func + (lhs: [Element], rhs: ArraySlice<Element>) -> [Element]
    static func += (lhs: inout [Element], rhs: [Element])
    static func += (lhs: inout [Element], rhs: ArraySlice<Element>)
}
extension Array: Equatable where Element: Equatable {}
extension Array: Hashable where Element: Hashable {}
extension Array where Element: Comparable {
    mutating func sort()
}

struct ArraySlice<Element>: BidirectionalCollection, ExpressibleByArrayLiteral, CustomStringConvertible {
    init()
    init(repeating repeatedValue: Element, count: Int)
    init<S: Sequence>(_ elements: S) where S.Element == Element
    subscript(index: Int) -> Element { get set }
    subscript(bounds: Range<Int>) -> ArraySlice<Element> { get set }
    subscript(bounds: ClosedRange<Int>) -> ArraySlice<Element> { get set }
    subscript(bounds: PartialRangeFrom<Int>) -> ArraySlice<Element> { get set }
    subscript(bounds: PartialRangeUpTo<Int>) -> ArraySlice<Element> { get set }
    subscript(bounds: PartialRangeThrough<Int>) -> ArraySlice<Element> { get set }
    mutating func append(_ newElement: Element)
    mutating func append<S: Sequence>(contentsOf newElements: S) where S.Element == Element
    mutating func insert(_ newElement: Element, at i: Int)
    @discardableResult mutating func remove(at index: Int) -> Element
    @discardableResult mutating func removeFirst() -> Element
    mutating func removeFirst(_ k: Int)
    @discardableResult mutating func removeLast() -> Element
    mutating func removeLast(_ k: Int)
    mutating func popLast() -> Element?
    mutating func removeAll()
    mutating func removeAll(keepingCapacity keepCapacity: Bool)
    mutating func removeAll(where shouldBeRemoved: (Element) throws -> Bool) rethrows
    mutating func reserveCapacity(_ minimumCapacity: Int)
    mutating func reverse()
    mutating func swapAt(_ i: Int, _ j: Int)
    mutating func sort(by areInIncreasingOrder: (Element, Element) throws -> Bool) rethrows
    func filter(_ isIncluded: (Element) throws -> Bool) rethrows -> [Element]
    func prefix(_ maxLength: Int) -> ArraySlice<Element>
    func prefix(upTo end: Int) -> ArraySlice<Element>
    func prefix(through position: Int) -> ArraySlice<Element>
    func suffix(_ maxLength: Int) -> ArraySlice<Element>
    func suffix(from start: Int) -> ArraySlice<Element>
    func dropFirst(_ k: Int = 1) -> ArraySlice<Element>
    func dropLast(_ k: Int = 1) -> ArraySlice<Element>
    func prefix(while predicate: (Element) throws -> Bool) rethrows -> ArraySlice<Element>
    func drop(while predicate: (Element) throws -> Bool) rethrows -> ArraySlice<Element>
    func split(separator: Element, maxSplits: Int = Int.max, omittingEmptySubsequences: Bool = true) -> [ArraySlice<Element>]
    static func + (lhs: ArraySlice<Element>, rhs: ArraySlice<Element>) -> ArraySlice<Element>
    static func + (lhs: ArraySlice<Element>, rhs: [Element]) -> ArraySlice<Element>
    static func += (lhs: inout ArraySlice<Element>, rhs: ArraySlice<Element>)
    static func += (lhs: inout ArraySlice<Element>, rhs: [Element])
}
extension ArraySlice: Equatable where Element: Equatable {}
extension ArraySlice: Hashable where Element: Hashable {}
extension ArraySlice where Element: Comparable {
    mutating func sort()
}

struct Dictionary<Key: Hashable, Value>: Collection, ExpressibleByDictionaryLiteral, CustomStringConvertible {
    typealias Element = (key: Key, value: Value)
    init()
    init<S: Sequence>(uniqueKeysWithValues keysAndValues: S) where S.Element == (Key, Value)
    init<S: Sequence>(_ keysAndValues: S, uniquingKeysWith combine: (Value, Value) throws -> Value) rethrows where S.Element == (Key, Value)
    init<S: Sequence>(grouping values: S, by keyForValue: (S.Element) throws -> Key) rethrows where Value == [S.Element]
    init(minimumCapacity: Int)
    subscript(key: Key) -> Value? { get set }
    subscript(key: Key, default defaultValue: Value) -> Value { get set }
    var keys: [Key] { get }
    var values: [Value] { get }
    func mapValues<T>(_ transform: (Value) throws -> T) rethrows -> [Key: T]
    func compactMapValues<T>(_ transform: (Value) throws -> T?) rethrows -> [Key: T]
    func filter(_ isIncluded: ((key: Key, value: Value)) throws -> Bool) rethrows -> [Key: Value]
    @discardableResult mutating func removeValue(forKey key: Key) -> Value?
    @discardableResult mutating func updateValue(_ value: Value, forKey key: Key) -> Value?
    mutating func merge(_ other: [Key: Value], uniquingKeysWith combine: (Value, Value) throws -> Value) rethrows
    func merging(_ other: [Key: Value], uniquingKeysWith combine: (Value, Value) throws -> Value) rethrows -> [Key: Value]
    mutating func removeAll()
    func index(forKey key: Key) -> Int?
    mutating func reserveCapacity(_ minimumCapacity: Int)
}
extension Dictionary: Equatable where Value: Equatable {}

struct Set<Element: Hashable>: Collection, ExpressibleByArrayLiteral, CustomStringConvertible, Equatable, Hashable {
    init()
    init<S: Sequence>(_ elements: S) where S.Element == Element
    init(minimumCapacity: Int)
    @discardableResult mutating func insert(_ newMember: Element) -> (inserted: Bool, memberAfterInsert: Element)
    @discardableResult mutating func remove(_ member: Element) -> Element?
    @discardableResult mutating func update(with newMember: Element) -> Element?
    mutating func removeAll()
    mutating func removeFirst() -> Element
    func contains(_ member: Element) -> Bool
    func union<S: Sequence>(_ other: S) -> Set<Element> where S.Element == Element
    func intersection<S: Sequence>(_ other: S) -> Set<Element> where S.Element == Element
    func subtracting<S: Sequence>(_ other: S) -> Set<Element> where S.Element == Element
    func symmetricDifference<S: Sequence>(_ other: S) -> Set<Element> where S.Element == Element
    func isSubset<S: Sequence>(of other: S) -> Bool where S.Element == Element
    func isSuperset<S: Sequence>(of other: S) -> Bool where S.Element == Element
    func isStrictSubset<S: Sequence>(of other: S) -> Bool where S.Element == Element
    func isStrictSuperset<S: Sequence>(of other: S) -> Bool where S.Element == Element
    func isDisjoint<S: Sequence>(with other: S) -> Bool where S.Element == Element
    mutating func formUnion<S: Sequence>(_ other: S) where S.Element == Element
    mutating func formIntersection<S: Sequence>(_ other: S) where S.Element == Element
    mutating func formSymmetricDifference<S: Sequence>(_ other: S) where S.Element == Element
    mutating func subtract<S: Sequence>(_ other: S) where S.Element == Element
    func filter(_ isIncluded: (Element) throws -> Bool) rethrows -> Set<Element>
}

enum Optional<Wrapped>: ExpressibleByNilLiteral {
    case none
    case some(Wrapped)
    init(_ some: Wrapped)
    func map<U>(_ transform: (Wrapped) throws -> U) rethrows -> U?
    func flatMap<U>(_ transform: (Wrapped) throws -> U?) rethrows -> U?
    var unsafelyUnwrapped: Wrapped { get }
    static func == (lhs: Wrapped?, rhs: _OptionalNilComparisonType) -> Bool
    static func != (lhs: Wrapped?, rhs: _OptionalNilComparisonType) -> Bool
    static func == (lhs: _OptionalNilComparisonType, rhs: Wrapped?) -> Bool
    static func != (lhs: _OptionalNilComparisonType, rhs: Wrapped?) -> Bool
}
extension Optional: Equatable where Wrapped: Equatable {}
extension Optional: Hashable where Wrapped: Hashable {}
struct _OptionalNilComparisonType: ExpressibleByNilLiteral {}

func ?? <T>(optional: T?, defaultValue: @autoclosure () throws -> T) rethrows -> T
func ?? <T>(optional: T?, defaultValue: @autoclosure () throws -> T?) rethrows -> T?

struct Range<Bound: Comparable>: BidirectionalCollection, Equatable, Hashable, CustomStringConvertible {
    typealias Element = Bound
    init(uncheckedBounds bounds: (lower: Bound, upper: Bound))
    var lowerBound: Bound { get }
    var upperBound: Bound { get }
    func contains(_ element: Bound) -> Bool
    func clamped(to limits: Range<Bound>) -> Range<Bound>
    func overlaps(_ other: Range<Bound>) -> Bool
    subscript(position: Int) -> Int { get }
    static func ~= (pattern: Range<Bound>, value: Bound) -> Bool
}
struct ClosedRange<Bound: Comparable>: BidirectionalCollection, Equatable, Hashable, CustomStringConvertible {
    typealias Element = Bound
    var lowerBound: Bound { get }
    var upperBound: Bound { get }
    func contains(_ element: Bound) -> Bool
    func clamped(to limits: ClosedRange<Bound>) -> ClosedRange<Bound>
    subscript(position: Int) -> Int { get }
    static func ~= (pattern: ClosedRange<Bound>, value: Bound) -> Bool
}
struct PartialRangeFrom<Bound: Comparable>: Sequence {
    typealias Element = Bound
    var lowerBound: Bound { get }
    func contains(_ element: Bound) -> Bool
}
struct PartialRangeUpTo<Bound: Comparable> {
    var upperBound: Bound { get }
    func contains(_ element: Bound) -> Bool
}
struct PartialRangeThrough<Bound: Comparable> {
    var upperBound: Bound { get }
    func contains(_ element: Bound) -> Bool
}
struct StrideTo<Element>: Sequence {}
struct StrideThrough<Element>: Sequence {}
struct EnumeratedSequence<Base: Sequence>: Sequence {
    typealias Element = (offset: Int, element: Base.Element)
}
struct Zip2Sequence<Sequence1: Sequence, Sequence2: Sequence>: Sequence {
    typealias Element = (Sequence1.Element, Sequence2.Element)
}

protocol StringProtocol: BidirectionalCollection, Comparable, Hashable, CustomStringConvertible, LosslessStringConvertible, ExpressibleByStringLiteral, CVarArg {
    func hasPrefix(_ prefix: String) -> Bool
    func hasSuffix(_ suffix: String) -> Bool
    func uppercased() -> String
    func lowercased() -> String
    func contains<T: StringProtocol>(_ other: T) -> Bool
    func components(separatedBy separator: String) -> [String]
    func replacingOccurrences(of target: String, with replacement: String) -> String
    func trimmingCharacters(in set: CharacterSet) -> String
    func padding(toLength newLength: Int, withPad padString: String, startingAt padIndex: Int) -> String
    func split(separator: Character, maxSplits: Int = Int.max, omittingEmptySubsequences: Bool = true) -> [Substring]
    func prefix(_ maxLength: Int) -> Substring
    func suffix(_ maxLength: Int) -> Substring
    func dropFirst(_ k: Int = 1) -> Substring
    func dropLast(_ k: Int = 1) -> Substring
    func filter(_ isIncluded: (Character) throws -> Bool) rethrows -> String
    func reversed() -> String
    var capitalized: String { get }
    var utf8: [Int] { get }
    var unicodeScalars: [Character] { get }
    var utf8CString: [Int] { get }
    var lengthOfBytes: Int { get }
    func range(of other: String) -> Range<Int>?
    func starts(with prefix: String) -> Bool
}
struct CharacterSet {
    static var whitespaces: CharacterSet { get }
    static var whitespacesAndNewlines: CharacterSet { get }
    static var newlines: CharacterSet { get }
    static var punctuationCharacters: CharacterSet { get }
    static var decimalDigits: CharacterSet { get }
    static var letters: CharacterSet { get }
    init(charactersIn string: String)
}
struct String: StringProtocol {
    typealias Element = Character
    init()
    init(_ c: Character)
    init(_ s: String)
    init(_ s: Substring)
    init<S: Sequence>(_ characters: S) where S.Element == Character
    init<T: LosslessStringConvertible>(_ value: T)
    init<T: BinaryInteger>(_ value: T, radix: Int, uppercase: Bool = false)
    init(describing instance: Any)
    init(reflecting subject: Any)
    init(repeating repeatedValue: String, count: Int)
    init(repeating repeatedValue: Character, count: Int)
    init(format: String, _ arguments: CVarArg...)
    var isEmpty: Bool { get }
    mutating func append(_ c: Character)
    mutating func append(_ other: String)
    mutating func append(contentsOf newElements: String)
    mutating func insert(_ newElement: Character, at i: Int)
    @discardableResult mutating func removeLast() -> Character
    @discardableResult mutating func removeFirst() -> Character
    mutating func removeAll()
    mutating func popLast() -> Character?
    func lowercased() -> String
    static func + (lhs: String, rhs: String) -> String
    static func += (lhs: inout String, rhs: String)
}
struct Substring: StringProtocol {
    typealias Element = Character
    init(_ s: String)
}
struct Character: Comparable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible, LosslessStringConvertible {
    init(_ s: String)
    init(_ c: Character)
    var isLetter: Bool { get }
    var isNumber: Bool { get }
    var isWholeNumber: Bool { get }
    var isWhitespace: Bool { get }
    var isNewline: Bool { get }
    var isPunctuation: Bool { get }
    var isSymbol: Bool { get }
    var isUppercase: Bool { get }
    var isLowercase: Bool { get }
    var isCased: Bool { get }
    var isASCII: Bool { get }
    var isHexDigit: Bool { get }
    var isMathSymbol: Bool { get }
    var isCurrencySymbol: Bool { get }
    var asciiValue: Int? { get }
    var wholeNumberValue: Int? { get }
    var hexDigitValue: Int? { get }
    func uppercased() -> String
    func lowercased() -> String
}

struct ObjectIdentifier: Hashable, CustomStringConvertible {
    init(_ x: AnyObject)
}
enum Never {}

func print(_ items: Any..., separator: String = " ", terminator: String = "\n")
func debugPrint(_ items: Any..., separator: String = " ", terminator: String = "\n")
func max<T: Comparable>(_ x: T, _ y: T) -> T
func max<T: Comparable>(_ x: T, _ y: T, _ z: T, _ rest: T...) -> T
func min<T: Comparable>(_ x: T, _ y: T) -> T
func min<T: Comparable>(_ x: T, _ y: T, _ z: T, _ rest: T...) -> T
func abs<T: SignedNumeric & Comparable>(_ x: T) -> T
func swap<T>(_ a: inout T, _ b: inout T)
func zip<Sequence1: Sequence, Sequence2: Sequence>(_ sequence1: Sequence1, _ sequence2: Sequence2) -> Zip2Sequence<Sequence1, Sequence2>
func stride<T: Strideable>(from start: T, to end: T, by stride: T) -> StrideTo<T>
func stride<T: Strideable>(from start: T, through end: T, by stride: T) -> StrideThrough<T>
func repeatElement<T>(_ element: T, count n: Int) -> [T]
func precondition(_ condition: Bool, _ message: String = "")
func assert(_ condition: Bool, _ message: String = "")
func preconditionFailure(_ message: String = "") -> Never
func assertionFailure(_ message: String = "")
func fatalError(_ message: String = "") -> Never
func type<T>(of value: T) -> T.Type
func readLine() -> String?
func exit(_ code: Int) -> Never

func sqrt<T: FloatingPoint>(_ x: T) -> T
func cbrt<T: FloatingPoint>(_ x: T) -> T
func exp<T: FloatingPoint>(_ x: T) -> T
func exp2<T: FloatingPoint>(_ x: T) -> T
func expm1<T: FloatingPoint>(_ x: T) -> T
func log<T: FloatingPoint>(_ x: T) -> T
func log2<T: FloatingPoint>(_ x: T) -> T
func log10<T: FloatingPoint>(_ x: T) -> T
func log1p<T: FloatingPoint>(_ x: T) -> T
func sin<T: FloatingPoint>(_ x: T) -> T
func cos<T: FloatingPoint>(_ x: T) -> T
func tan<T: FloatingPoint>(_ x: T) -> T
func asin<T: FloatingPoint>(_ x: T) -> T
func acos<T: FloatingPoint>(_ x: T) -> T
func atan<T: FloatingPoint>(_ x: T) -> T
func sinh<T: FloatingPoint>(_ x: T) -> T
func cosh<T: FloatingPoint>(_ x: T) -> T
func tanh<T: FloatingPoint>(_ x: T) -> T
func asinh<T: FloatingPoint>(_ x: T) -> T
func acosh<T: FloatingPoint>(_ x: T) -> T
func atanh<T: FloatingPoint>(_ x: T) -> T
func erf<T: FloatingPoint>(_ x: T) -> T
func erfc<T: FloatingPoint>(_ x: T) -> T
func tgamma<T: FloatingPoint>(_ x: T) -> T
func lgamma<T: FloatingPoint>(_ x: T) -> T
func floor<T: FloatingPoint>(_ x: T) -> T
func ceil<T: FloatingPoint>(_ x: T) -> T
func round<T: FloatingPoint>(_ x: T) -> T
func trunc<T: FloatingPoint>(_ x: T) -> T
func fabs<T: FloatingPoint>(_ x: T) -> T
func atan2<T: FloatingPoint>(_ y: T, _ x: T) -> T
func hypot<T: FloatingPoint>(_ x: T, _ y: T) -> T
func pow<T: FloatingPoint>(_ x: T, _ y: T) -> T
func fmod<T: FloatingPoint>(_ x: T, _ y: T) -> T
func remainder<T: FloatingPoint>(_ x: T, _ y: T) -> T
func fmax<T: FloatingPoint>(_ x: T, _ y: T) -> T
func fmin<T: FloatingPoint>(_ x: T, _ y: T) -> T
"""#
