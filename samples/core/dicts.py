"""dict operations: insertion order, get/setdefault/pop/update/items, merging, iteration."""
stock: dict[str, int] = {"apple": 3, "pear": 0}
stock["kiwi"] = 7
stock["apple"] += 2
print(stock, len(stock))
print(stock.get("pear"), stock.get("plum"), stock.get("plum", -1), "kiwi" in stock, 7 in stock)
print(stock.setdefault("plum", 4), stock.setdefault("apple", 100), stock)
print(stock.pop("pear"), stock.pop("nope", "default"), stock)
try:
    stock.pop("nope")
except KeyError as exc:
    print("KeyError:", exc)
try:
    print(stock["banana"])
except KeyError as exc:
    print("KeyError:", exc, repr(exc))

print(list(stock.keys()), list(stock.values()), list(stock.items()))
for name, qty in stock.items():
    print(f"{name:>6}: {qty}")

stock["apple"] = 0  # updating keeps the original position
del stock["kiwi"]
stock["kiwi"] = 1  # re-inserting moves it to the end
print(stock)
stock.update({"fig": 2}, date=5)
stock.update([("apple", 9)])
print(stock)
print(stock.popitem(), stock)

a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, {**a, **b})
a |= {"w": 0}
print(a)

words = "the cat and the hat and the bat".split()
counts: dict[str, int] = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
by_letter: dict[str, list[str]] = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(counts, key=counts.get), min(counts.values()))

print(dict(zip("abc", range(3))), dict(a=1, b=2), dict([("k", "v")]), dict.fromkeys("xy", 0))
print({1: "int", 1.0: "float", True: "bool"})
print({(1, 2): "tuple key", None: "none key", "s": {"nested": [1, {"deep": True}]}})
copy = dict(counts)
copy["the"] = 0
print(counts["the"], copy["the"], copy == counts, {"a": 1, "b": 2} == {"b": 2, "a": 1})
try:
    for key in counts:
        counts[key + "!"] = 1
except RuntimeError as exc:
    print("RuntimeError:", exc)
print(list(reversed({"p": 1, "q": 2})), {}, dict(), len({}))
