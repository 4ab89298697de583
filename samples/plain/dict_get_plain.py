"""dict.get on str-keyed dicts: a Map lookup, with a default when the key is missing."""
import json

stock: dict[str, int] = {"apple": 3, "pear": 0, "plum": 12}
labels = {"a": "alpha", "b": "", "c": "gamma"}
by_id = {1: "one", 2: "two", 0: "zero"}

print(stock.get("apple", 5) + 1, stock.get("pear", 9), stock.get("kiwi", 4) * 2)
print(stock.get("pear"), stock.get("kiwi"))
print(repr(labels.get("b", "default")), labels.get("z", "default"), labels.get("z"))
print(by_id.get(0), by_id.get(3, "none"), by_id.get(2, "x"))

words = "the cat saw the other cat and the dog".split(" ")
counts: dict[str, int] = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)

fallback = -1
print(stock.get("plum", fallback), stock.get("fig", fallback))
print(stock.get("pear", 10) or "falsy zero stays zero")

maybe = {"a": None, "b": 2}
print(maybe.get("a", "default"), maybe.get("c", "default"))
mixed = {1: "int key", 2: "two"}
print(mixed.get(True, "bool key finds 1"), mixed.get(1.0, "float key finds 1"))


# a None stored through an untyped path comes back as None, not as the default
scores = {"a": 1}
scores["b"] = json.loads("null")
print(scores.get("b", 0), scores.get("b"), scores.get("c", 0))
scores["c"] = json.loads("null")
print(scores.get("c", 5), scores.get("c"))
