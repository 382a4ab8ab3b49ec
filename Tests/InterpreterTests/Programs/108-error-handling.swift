// Errors: throwing functions and initialisers, do/catch patterns, try?, try!, defer.
enum DataError: Error {
    case empty
    case badValue(String, line: Int)
    case tooLarge(Int)
}

func parse(_ lines: [String]) throws -> [Double] {
    if lines.isEmpty { throw DataError.empty }
    var out: [Double] = []
    for (i, l) in lines.enumerated() {
        guard let v = Double(l) else { throw DataError.badValue(l, line: i + 1) }
        out.append(v)
    }
    if out.count > 3 { throw DataError.tooLarge(out.count) }
    return out
}

let inputs: [[String]] = [["1", "2.5"], [], ["1", "x"], ["1", "2", "3", "4"]]
for input in inputs {
    do {
        let values = try parse(input)
        print("parsed", values)
    } catch DataError.empty {
        print("empty input")
    } catch DataError.badValue(let v, let line) where line > 1 {
        print("bad value '\(v)' on line \(line)")
    } catch let e as DataError {
        print("other data error", e)
    } catch {
        print("unexpected", error)
    }
}
print((try? parse(["3"])) as Any, (try? parse([])) == nil)
print(try! parse(["7"]))

struct Config {
    let rate: Double
    init(rate: Double) throws {
        guard rate > 0 else { throw DataError.badValue(String(rate), line: 0) }
        self.rate = rate
    }
}
do {
    _ = try Config(rate: 0.1)
    _ = try Config(rate: -1)
} catch is DataError {
    print("config rejected")
}
func withCleanup() -> Int {
    defer { print("cleanup runs last") }
    print("body")
    return 1
}
print(withCleanup())
let thrower: (Int) throws -> Int = { x in if x < 0 { throw DataError.tooLarge(x) }; return x * 2 }
print((try? thrower(2)) ?? -1, (try? thrower(-2)) ?? -1)
