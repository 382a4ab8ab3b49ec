// == and print on an array nested thousands deep.
// limits: --timeout 0.5
var a: [Any] = [1]
for _ in 0..<5_000 { a = [a] }
print(a == a)
print(a)
