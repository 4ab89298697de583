"""Dicts: insertion order, get/setdefault/pop/popitem/update, views, in, merging, KeyError."""
stock: dict[str, int] = {"apples": 3, "pears": 0}
stock["kiwis"] = 7
stock["apples"] += 2
print(stock, len(stock))
print(stock.get("pears"), stock.get("plums"), stock.get("plums", -1), stock.get("pears", 99))
print("apples" in stock, "plums" in stock, 3 in stock, "kiwis" not in stock)

print("keys:", list(stock.keys()), "values:", list(stock.values()))
print("items:", list(stock.items()))
for name, qty in stock.items():
    print(f"  {name:<7}{qty:>3}")

print("setdefault existing:", stock.setdefault("apples", 100), "new:", stock.setdefault("figs", 1))
print("pop:", stock.pop("pears"), "pop default:", stock.pop("pears", "gone"), stock)
print("popitem takes the last:", stock.popitem(), stock)

stock["apples"] = 0
print("overwriting keeps position:", list(stock))
del stock["apples"]
stock["apples"] = 9
print("delete and re-add moves to end:", list(stock))

try:
    stock["bananas"]
except KeyError as exc:
    print("KeyError:", exc, repr(exc))
try:
    {}.popitem()
except KeyError as exc:
    print("KeyError:", exc)

defaults = {"color": "red", "size": "M", "qty": 1}
overrides = {"size": "L", "gift": True}
merged = {**defaults, **overrides}
print("merged:", merged)
print("| operator:", defaults | overrides)
copy = dict(defaults)
copy.update(overrides, qty=5)
print("update with kwargs:", copy, "original:", defaults)

groups: dict[str, list[str]] = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups.setdefault(word[0], []).append(word)
print("grouped:", groups)

counts: dict[str, int] = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print("counts:", counts)
print("most common:", max(counts, key=lambda k: counts[k]))
print("sorted by count desc:", sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("ab", [1, 2])), dict.fromkeys("xy", 0))
mixed = {1: "int", 1.5: "float", (1, 2): "tuple", "1": "str", None: "none", True: "bool?"}
print(mixed)
print("1 and True are the same key:", mixed[1], len(mixed))
nested = {"user": {"name": "kai", "tags": ["a", "b"]}, "ok": True}
print(nested["user"]["tags"][-1], nested)
print("equal regardless of order:", {"a": 1, "b": 2} == {"b": 2, "a": 1})

try:
    for key in stock:
        stock[key + "!"] = 0
except RuntimeError as exc:
    print("RuntimeError:", exc)
snapshot = list(stock)
for key in snapshot:
    if stock[key] == 0:
        del stock[key]
print("after removing zeros:", stock)
