"""Generator expressions fed to sum/any/all/list/sorted/max/min/tuple/join, and short-circuiting."""
prices = [4.5, 12.0, 3.25, 20.0, 7.75]
print("total:", sum(p for p in prices))
print("total over 5:", sum(p for p in prices if p > 5))
print("count over 5:", sum(1 for p in prices if p > 5))
print("sum with start:", sum((p for p in prices), 100.0))
print("bools sum as ints:", sum(p > 5 for p in prices))
print("max/min:", max(p * 2 for p in prices), min(-p for p in prices))
print("max with key:", max((p for p in prices), key=lambda p: abs(p - 10)))
print("min default on empty:", min((p for p in prices if p > 100), default=None))
print("sorted:", sorted(round(p) for p in prices))
print("sorted reverse:", sorted((p for p in prices), reverse=True))
print("list/tuple:", list(p // 1 for p in prices), tuple(str(int(p)) for p in prices[:2]))
print("join:", "-".join(str(i) for i in range(5)))
print("dict from pairs:", dict((str(i), i * i) for i in range(3)))
print("set size:", len(set(int(p) % 3 for p in prices)))

checked = []


def is_cheap(p: float) -> bool:
    checked.append(p)
    return p < 5


print("any cheap:", any(is_cheap(p) for p in prices), "checked:", checked)
checked.clear()
print("all cheap:", all(is_cheap(p) for p in prices), "checked:", checked)
checked.clear()
print("all cheap in a list comp checks everything:", all([is_cheap(p) for p in prices]), len(checked))
print("empty any/all:", any(x for x in []), all(x for x in []))

gen = (n * n for n in range(5))
print("first two by next:", next(gen), next(gen))
print("rest by list:", list(gen), "exhausted:", list(gen))

log = []


def source(n: int):
    log.append(f"produce {n}")
    return n


lazy = (source(n) for n in range(3))
log.append("created")
first = next(lazy)
log.append(f"got {first}")
remaining = sum(lazy)
print("lazy evaluation order:", log, "remaining sum:", remaining)

words = ["kiwi", "fig", "banana", "apple", "date"]
print("longest:", max(words, key=len), "| shortest first:", min((w for w in words), key=lambda w: (len(w), w)))
print("first match:", next((w for w in words if w.startswith("b")), "none"))
print("no match:", next((w for w in words if w.startswith("z")), "none"))
print("enumerate + genexpr:", [i for i, w in enumerate(words) if len(w) == 4])
print("nested genexpr:", sum(sum(range(n)) for n in range(5)))
print("zip of generators:", list(zip((c for c in "abc"), (n for n in range(10)))))
