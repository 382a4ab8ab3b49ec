# Scalar benchmark peer: the same string building as strings.swift. CPython copies a global string on
# every `+=` (quadratic here: 120 s), so the peer builds the report the idiomatic way, a list joined once.
parts = []
longest = 0
for i in range(100_000):
    line = f"epoch {i}: loss={i % 97}"
    if len(line) > longest:
        longest = len(line)
    parts.append(line)
    parts.append("\n")
report = "".join(parts)
print(len(report), longest)
