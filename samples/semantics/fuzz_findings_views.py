"""Differences the differential tester found with its dict-view and string families (each once a silent miscompile)."""

# Sets and set-like dict views are only partly ordered: neither {1} <= {2} nor {2} <= {1}.
keys = {1: "a", 2: "b"}.keys()
print(keys <= {5}, keys < {1}, keys >= {1}, keys > {1}, keys <= {1, 2, 3}, keys >= keys)
print({1} <= {2}, {2} <= {1}, {1} < {1, 2}, {1, 2} > {1}, frozenset({3}) >= {3})
print([1, 2] < [1, 3], (1, "a") >= (1, "a"), "b" > "a")
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)

# A method on an f-string whose fields hold digits: `f"{7}".replace(...)`.
label = f"{7}|{2.0!r}|{'x'}".replace("x", "y")
print(label, f"{1}{2}".zfill(5), f"{0}-{0}".split("-"))

# A dict comprehension keys by Python equality: 2 and 2.0 (and 1 and True) are one key.
prices = {"a": 2, "b": 2.0, "c": 0}
print({v: k for k, v in prices.items() if v}, {x: 1 for x in [1, True, 1.0, (1, 2), (1, 2)]})
