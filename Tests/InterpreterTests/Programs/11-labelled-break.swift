// Labelled break and continue in nested loops.
let grid = [
    [1, 3, 5],
    [4, -5, 6],
    [7, 8, 9],
]

var found = (row: -1, col: -1)
search: for r in 0..<grid.count {
    for c in 0..<grid[r].count {
        if grid[r][c] < 0 {
            found = (row: r, col: c)
            break search
        }
    }
}
print("first negative at", found)
print(found.row, found.col)

// Skip a whole row as soon as it contains an even number.
var oddRows: [Int] = []
rows: for r in 0..<grid.count {
    for value in grid[r] {
        if value % 2 == 0 {
            continue rows
        }
    }
    oddRows.append(r)
}
print("rows with only odd numbers:", oddRows)

// Find the first pair that sums to a target.
let numbers = [3, 8, 11, 4, 7]
let target = 15
var pair: (Int, Int)? = nil
outer: for i in 0..<numbers.count {
    for j in (i + 1)..<numbers.count {
        if numbers[i] + numbers[j] == target {
            pair = (numbers[i], numbers[j])
            break outer
        }
    }
}
if let (a, b) = pair {
    print("pair:", a, b)
}

// Labelled while loop: stop training when loss is small enough.
var loss = 10.0
var epoch = 0
training: while epoch < 100 {
    epoch += 1
    for _ in 0..<3 {
        loss *= 0.8
        if loss < 1.0 {
            break training
        }
    }
}
print("stopped at epoch", epoch, "loss", loss)
