// A tokenizer as an enum-driven state machine over characters.
enum Token: Equatable {
    case number(Double)
    case identifier(String)
    case symbol(Character)
}
enum State { case start, inNumber, inIdentifier }
func tokenize(_ source: String) -> [Token] {
    var tokens: [Token] = []
    var state = State.start
    var buffer = ""
    func flush() {
        switch state {
        case .inNumber: tokens.append(.number(Double(buffer) ?? 0))
        case .inIdentifier: tokens.append(.identifier(buffer))
        case .start: break
        }
        buffer = ""
        state = .start
    }
    for ch in source {
        if ch.isNumber || (ch == "." && state == .inNumber) {
            if state == .inIdentifier { buffer.append(ch); continue }
            if state != .inNumber { flush(); state = .inNumber }
            buffer.append(ch)
        } else if ch.isLetter || ch == "_" {
            if state != .inIdentifier { flush(); state = .inIdentifier }
            buffer.append(ch)
        } else {
            flush()
            if !ch.isWhitespace { tokens.append(.symbol(ch)) }
        }
    }
    flush()
    return tokens
}
let tokens = tokenize("loss = 0.5 * (y_hat - y2) + lambda*3")
for t in tokens {
    switch t {
    case .number(let v): print("number", v)
    case .identifier(let name): print("identifier", name)
    case .symbol(let s): print("symbol", s)
    }
}
print(tokens.count, tokens.filter { if case .identifier = $0 { return true } else { return false } }.count)
print(tokenize("a1 22") == [.identifier("a1"), .number(22)])
