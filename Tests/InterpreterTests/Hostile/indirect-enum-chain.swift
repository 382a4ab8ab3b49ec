// The same with an indirect enum 500 000 deep.
// limits: --timeout 0.5
enum L { case end; case node(Int, [L]) }
var l = L.end
for i in 0..<500_000 { l = .node(i, [l]) }
l = .end
print("freed")
