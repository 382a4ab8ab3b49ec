// 1-D convolution (valid and same padding), stride, and max pooling.
func convolve(_ x: [Double], _ kernel: [Double], stride: Int = 1) -> [Double] {
    var out: [Double] = []
    var i = 0
    while i + kernel.count <= x.count {
        var s = 0.0
        for k in 0..<kernel.count { s += x[i + k] * kernel[k] }
        out.append(s)
        i += stride
    }
    return out
}
func padded(_ x: [Double], _ p: Int) -> [Double] {
    Array(repeating: 0, count: p) + x + Array(repeating: 0, count: p)
}
func maxPool(_ x: [Double], size: Int) -> [Double] {
    stride(from: 0, to: x.count - size + 1, by: size).map { x[$0..<($0 + size)].max()! }
}

let signal: [Double] = [0, 1, 2, 3, 2, 1, 0, -1, -2, -1]
let edge: [Double] = [-1, 0, 1]
let blur: [Double] = [0.25, 0.5, 0.25]
print(convolve(signal, edge))
print(convolve(signal, blur))
print(convolve(padded(signal, 1), blur).count, signal.count)
print(convolve(signal, edge, stride: 2))
print(maxPool(signal, size: 2), maxPool(signal, size: 3))
let relu = convolve(signal, edge).map { max(0, $0) }
print(relu)
