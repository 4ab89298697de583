"""Floats through untyped paths: parameters, dicts, lists, max/sum."""


def scale(v, f):
    return v * f


def stats(values):
    return {"sum": sum(values), "max": max(values), "mean": sum(values) / len(values)}


rows = []
for i in range(300_000):
    rows.append({"id": i, "price": scale(i % 50, 0.5), "qty": i % 7})
total = 0
for r in rows:
    total = total + r["price"] * r["qty"]
print(total, stats([r["price"] for r in rows[:100_000]]))
