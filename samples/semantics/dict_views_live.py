"""Dict views are live: a kept d.keys() sees later inserts and deletes, and prints as CPython's view."""
from collections import OrderedDict, defaultdict


def describe(view):
    # An untyped parameter: the view arrives through the runtime's method call.
    return f"{view!r} len={len(view)} truthy={bool(view)}"


stock = {"apples": 3, "pears": 0}
names = stock.keys()
counts = stock.values()
pairs = stock.items()
print(names, counts, pairs)

stock["plums"] = 7
print(names, len(names), "plums" in names, "kiwis" in names)
del stock["apples"]
print(list(names), sorted(counts), list(pairs))
print(("pears", 0) in pairs, ("pears", 1) in pairs, 7 in counts, ["x"] in counts)
print(str(stock.keys()), repr(stock.values()), f"{stock.items()}")
print(type(names).__name__, type(counts).__name__, type(pairs).__name__)
print(type(iter(names)).__name__, type(reversed(pairs)).__name__)
print(list(reversed(stock.keys())), list(reversed(stock.values())), list(reversed(stock.items())))

stock.clear()
print(describe(names), describe(counts), describe(pairs))
stock.update(figs=2)
print(describe(names))

for name, count in stock.items():
    print("for-unpack", name, count)
print([f"{k}={v}" for k, v in stock.items()], {v: k for k, v in stock.items()})
print(list(zip(stock.keys(), stock.values())), list(enumerate(stock.items())))
print(dict(stock.items()), tuple(stock.values()), sum(stock.values()), max(stock.keys()))
print(", ".join(stock.keys()), sorted(stock.items(), key=lambda kv: kv[1]))

ordered = OrderedDict()
ordered["b"] = 1
ordered["a"] = 2
print(ordered.keys(), ordered.values(), ordered.items(), type(ordered.keys()).__name__)
grouped = defaultdict(list)
grouped["x"].append(1)
view = grouped.items()
grouped["y"].append(2)
print(view)

try:
    hash({}.keys())
except TypeError as e:
    print("TypeError:", e)
print(hash({}.values()) is not None)
nested = {"outer": {"inner": 1}}
print(nested["outer"].keys(), [list(v.items()) for v in nested.values()])

proxy = stock.items().mapping
stock["dates"] = 5
print(proxy, repr(proxy), proxy["dates"], len(proxy), "figs" in proxy, list(proxy), proxy.get("nope", "-"))
try:
    proxy["x"] = 1
except TypeError as e:
    print("TypeError:", e)
