// 2-D convolution of a tiny image with edge kernels, and 2x2 max pooling.
let image: [[Double]] = [
    [0, 0, 0, 0, 0, 0],
    [0, 1, 1, 1, 1, 0],
    [0, 1, 0, 0, 1, 0],
    [0, 1, 0, 0, 1, 0],
    [0, 1, 1, 1, 1, 0],
    [0, 0, 0, 0, 0, 0],
]
func convolve(_ img: [[Double]], _ k: [[Double]]) -> [[Double]] {
    let h = img.count - k.count + 1, w = img[0].count - k[0].count + 1
    return (0..<h).map { i in
        (0..<w).map { j in
            var s = 0.0
            for a in 0..<k.count { for b in 0..<k[0].count { s += img[i + a][j + b] * k[a][b] } }
            return s
        }
    }
}
func maxPool(_ img: [[Double]]) -> [[Double]] {
    stride(from: 0, to: img.count - 1, by: 2).map { i in
        stride(from: 0, to: img[0].count - 1, by: 2).map { j in
            max(img[i][j], img[i][j + 1], img[i + 1][j], img[i + 1][j + 1])
        }
    }
}
let vertical: [[Double]] = [[1, 0, -1], [1, 0, -1], [1, 0, -1]]
let horizontal: [[Double]] = [[1, 1, 1], [0, 0, 0], [-1, -1, -1]]
for row in convolve(image, vertical) { print(row) }
print()
for row in convolve(image, horizontal) { print(row) }
print(maxPool(image))
print(maxPool(convolve(image, vertical).map { $0.map { max(0, $0) } }))
