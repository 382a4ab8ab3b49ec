// A cell that prints without end: its output is bounded like any string.
// limits: --timeout 0.5
// error: the cell's output of | time limit of 0.5 s exceeded
let line = String(repeating: "x", count: 10_000)
while true { print(line) }
