// lastIndex(where:) and its relatives.
let losses = [0.9, 0.5, 0.6, 0.4, 0.45, 0.3, 0.35]
if let i = losses.lastIndex(where: { $0 < 0.4 }) {
    print("last below 0.4 at", i)
}
print(losses.lastIndex(where: { $0 > 10 }) as Any)
print(losses.firstIndex(where: { $0 < 0.5 })!)
print(losses.lastIndex(of: 0.45)!)
let text = Array("hello world")
print(text.lastIndex(where: { $0 == "o" })!)
// Epochs where the loss went up.
let ups = losses.indices.dropFirst().filter { losses[$0] > losses[$0 - 1] }
print(ups)
print(ups.last.map { "last increase at epoch \($0)" } ?? "never")
