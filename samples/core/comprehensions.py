"""List, dict and set comprehensions: nested, conditional, with ternaries, and their scoping."""
squares = [n * n for n in range(6)]
evens = [n for n in range(10) if n % 2 == 0]
labels = ["even" if n % 2 == 0 else "odd" for n in range(4)]
print(squares, evens, labels)

pairs = [(x, y) for x in range(3) for y in range(x)]
print("nested loops, inner depends on outer:", pairs)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print("matrix:", matrix)
print("transpose:", [[row[i] for row in matrix] for i in range(3)])
print("flatten:", [v for row in matrix for v in row])
print("flatten with filter:", [v for row in matrix if row[0] > 0 for v in row if v % 2])
print("two conditions:", [n for n in range(30) if n % 3 == 0 if n % 5 == 0])

words = ["alpha", "beta", "gamma", "delta", "epsilon"]
lengths = {w: len(w) for w in words}
print("dict comp:", lengths)
print("inverted:", {v: k for k, v in lengths.items()})
print("filtered dict:", {k: v for k, v in lengths.items() if v > 4})
print("index map:", {i: w[0].upper() for i, w in enumerate(words)})
print("set comp, printed sorted:", sorted({w[-1] for w in words}))
print("nested dict comp:", {r: {c: r * c for c in range(1, 3)} for r in range(1, 3)})

x = "outer x"
result = [x for x in "ab"]
print("comprehension variable does not leak:", result, x)

funcs = [lambda: i for i in range(3)]
print("late binding in comprehension lambdas:", [f() for f in funcs])
bound = [(lambda i=i: i) for i in range(3)]
print("default argument binds early:", [f() for f in bound])

table = [["ann", "3"], ["bob", "x"], ["cy", "12"]]
parsed = [(name, int(n)) for name, n in table if n.isdigit()]
print("unpacking in a comprehension:", parsed)

text = "The quick brown fox jumps over the lazy dog"
caps = [w.upper() if len(w) > 4 else w.lower() for w in text.split()]
print(" ".join(caps))
counts = {ch: text.lower().count(ch) for ch in "aeiou"}
print("vowel counts:", counts)
grid = [["#" if (r + c) % 2 else "." for c in range(5)] for r in range(3)]
for row in grid:
    print("".join(row))
print("empty source:", [n for n in []], {k: 1 for k in ""}, len({n for n in ()}))
total = 0
side_effects = [total := total + n for n in range(1, 5)]
print("running totals via walrus:", side_effects, "final:", total)
print("comprehension over dict keys:", [k.upper() for k in {"a": 1, "b": 2}])
print("zip in comprehension:", [a * b for a, b in zip([1, 2, 3], [4, 5, 6])])
