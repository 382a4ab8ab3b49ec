"""Writes 100 submissions of examples/grading/lesson.md for the grading benchmark.

usage: make_submissions.py HANDOUT.md OUT_FOLDER

The handout (from `lectern handout`) is the starting point; each submission edits its three
exercise cells. The mix is fixed (no randomness): 40 correct, 30 wrong, 15 looping (one exercise
never ends, so a check runs out of its step budget), 15 broken (a syntax error, a missing
exercise, a redefined check, a file that is not the lesson). Variable names differ from student
to student so no two correct submissions are byte-identical.
"""
import os
import sys

handout_path, out = sys.argv[1], sys.argv[2]
handout = open(handout_path, encoding="utf-8").read()
MEAN = "    // Add the values up and divide by how many there are.\n    return 0\n"
RELU = "func relu(_ x: Double) -> Double {\n    return x\n}\n"
ACCURACY = "    // Count the positions where predicted and actual agree.\n"
for piece in (MEAN, RELU, ACCURACY):
    assert piece in handout, piece


def mean_ok(n):
    v = f"total{n}"
    return (f"    guard !values.isEmpty else {{ return 0 }}\n    var {v} = 0.0\n"
            f"    for value in values {{\n        {v} += value\n    }}\n    return {v} / Double(values.count)\n")


def relu_ok(n):
    return f"func relu(_ x: Double) -> Double {{\n    let zero{n} = 0.0\n    return x > zero{n} ? x : zero{n}\n}}\n"


def accuracy_ok(n):
    return (f"    for index{n} in 0..<predicted.count where predicted[index{n}] == actual[index{n}] {{\n"
            f"        correct += 1\n    }}\n")


def edit(text, mean=None, relu=None, accuracy=None):
    if mean is not None:
        text = text.replace(MEAN, mean)
    if relu is not None:
        text = text.replace(RELU, relu)
    if accuracy is not None:
        text = text.replace(ACCURACY, accuracy)
    return text


os.makedirs(out, exist_ok=True)
submissions = {}
for n in range(40):
    submissions[f"correct-{n:02}"] = edit(handout, mean_ok(n), relu_ok(n), accuracy_ok(n))
for n in range(30):
    submissions[f"wrong-{n:02}"] = edit(handout, "    return values.reduce(0, +)\n",
                                        "func relu(_ x: Double) -> Double {\n    return abs(x)\n}\n",
                                        f"    correct = {n % 3}\n")
for n in range(15):
    looping = "    var total = 0.0\n    var i = 0\n    while i < values.count {\n        total += values[i]\n    }\n    return total\n"
    submissions[f"looping-{n:02}"] = edit(handout, looping, relu_ok(n), accuracy_ok(n))
for n in range(15):
    kind = n % 4
    if kind == 0:
        text = edit(handout, mean_ok(n), "func relu(_ x: Double) -> Double {\n    return max(0, x\n}\n", accuracy_ok(n))
    elif kind == 1:
        text = edit(handout, mean_ok(n), None, accuracy_ok(n)).replace("```swift exercise id=relu points=1", "```swift exercise id=rectifier points=1")
    elif kind == 2:
        text = edit(handout, "    return 0\n}\nfunc expect(_ a: Any, approx b: Any, tolerance: Double, _ m: String) {}\nfunc unused() {\n")
    else:
        text = "def mean(values):\n    return sum(values) / len(values)\n"
    submissions[f"broken-{n:02}"] = text
assert len(submissions) == 100
for name, text in submissions.items():
    with open(os.path.join(out, name + ".md"), "w", encoding="utf-8") as f:
        f.write(text)
