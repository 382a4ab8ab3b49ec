// Conformances: CustomStringConvertible, Equatable, Hashable, Comparable, in sorting and sets.
struct Version: CustomStringConvertible, Comparable, Hashable {
    let major: Int, minor: Int
    var description: String { "v\(major).\(minor)" }
    static func < (a: Version, b: Version) -> Bool {
        (a.major, a.minor) < (b.major, b.minor)
    }
}
let versions = [Version(major: 1, minor: 2), Version(major: 0, minor: 9), Version(major: 1, minor: 0)]
print(versions.sorted())
print(versions.max()!, versions.min()!)
print(Version(major: 1, minor: 0) == Version(major: 1, minor: 0))
print(Set(versions + versions).count)
print("latest: \(versions.max()!)")
struct Score: Equatable { var value: Double }
print(Score(value: 1) == Score(value: 1), Score(value: 1) != Score(value: 2))
print([Score(value: 1), Score(value: 2)].contains(Score(value: 2)))
print([Score(value: 3)].firstIndex(of: Score(value: 3))!)
enum Label: String, CustomStringConvertible {
    case cat, dog
    var description: String { "<\(rawValue)>" }
}
print(Label.cat, [Label.dog])
final class Node: CustomStringConvertible {
    let id: Int
    init(id: Int) { self.id = id }
    var description: String { "Node#\(id)" }
}
print(Node(id: 3), [Node(id: 1), Node(id: 2)])
