import Foundation
import XCTest
@testable import Interpreter

/// Every free function the interpreter's lesson library declares (`plot`, `bars`, `check`…) also
/// exists in LessonKit or MLCore, the modules `lectern run --compile` links compiled lessons
/// against, with the same labels, parameter types and defaults. Without this, a lesson that lectern runs fails to
/// compile ("cannot find 'plotQValues' in scope"), which is how lessons 05 and 17 were found out.
final class LessonKitParityTests: XCTestCase {
    /// Sources/LessonKit and Sources/MLCore, from this file's place in the repository.
    private static var moduleFolders: [URL] {
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { root.deleteLastPathComponent() }
        return ["Sources/LessonKit", "Sources/MLCore"].map { root.appendingPathComponent($0) }
    }

    /// `name(labels and types) -> Result` of every top-level `public func` in those modules, as
    /// one line each, generic clauses dropped (`expectEqual<T: Equatable>(…)` is `expectEqual(…)`).
    static func compiledFunctions() throws -> [NativeSignature] {
        var signatures: [NativeSignature] = []
        for folder in moduleFolders {
            guard let files = FileManager.default.enumerator(atPath: folder.path) else { continue }
            for case let file as String in files where file.hasSuffix(".swift") {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                signatures += topLevelFunctions(in: text)
            }
        }
        return signatures
    }

    private static func topLevelFunctions(in text: String) -> [NativeSignature] {
        var signatures: [NativeSignature] = []
        var rest = Substring(text)
        while let start = rest.range(of: "\npublic func ") {
            rest = rest[start.upperBound...]
            guard let brace = rest.firstIndex(of: "{") else { break }
            var declaration = rest[..<brace].split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            if let angle = declaration.firstIndex(of: "<"), let open = declaration.firstIndex(of: "("), angle < open,
               let close = declaration[angle...].firstIndex(of: ">") {
                declaration.removeSubrange(angle...close)
            }
            signatures.append(NativeSignature(declaration))
        }
        return signatures
    }

    private static func spelled(_ s: NativeSignature) -> String {
        let parameters = s.parameters.map { p in
            let type = p.type.hasPrefix("any ") ? String(p.type.dropFirst(4)) : p.type
            return "\(p.label ?? "_"): \(type)" + (p.defaultText.map { " = \($0)" } ?? "")
        }
        return "\(s.name)(\(parameters.joined(separator: ", ")))"
    }

    func testEveryDeclaredLessonFunctionIsInLessonKit() throws {
        let library = NativeLibrary()
        registerNativeLibraries(library)
        let compiled = Set(try Self.compiledFunctions().map(Self.spelled))
        XCTAssertGreaterThan(compiled.count, 30, "LessonKit's functions were not found")
        var declared: [String] = []
        for (_, overloads) in library.functions {
            for overload in overloads { if let signature = overload.declaration { declared.append(Self.spelled(signature)) } }
        }
        XCTAssertGreaterThan(declared.count, 30)
        // `expect(_:approx:)` and `expectEqual` take any value in the interpreter, `Any` or a
        // generic `T` in LessonKit; their types are compared by the compiled-lesson tests instead.
        let missing = declared.filter { !compiled.contains($0) && !$0.hasPrefix("expect") }.sorted()
        XCTAssertEqual(missing, [], "declared for lessons but in neither LessonKit nor MLCore:\n" + missing.joined(separator: "\n"))
    }
}
