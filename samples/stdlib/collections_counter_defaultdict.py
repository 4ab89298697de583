# Counter and defaultdict: counting, grouping, reprs and arithmetic as CPython prints them.
from collections import Counter, defaultdict, OrderedDict
import collections

words = "the quick brown fox jumps over the lazy dog the end".split()
c = Counter(words)
print(c.most_common(2))
print(c["the"], c["missing"], "missing" in c, len(c))
print(Counter("abracadabra"))
print(Counter("abracadabra").most_common())
print(Counter(a=3, b=1), Counter({"x": 2}), Counter())
c2 = Counter("aab")
c2.update("bbc")
print(c2, sorted(c2.elements()))
c2.subtract({"b": 4})
print(c2, c2.total())
a, b = Counter(a=3, b=1), Counter(a=1, b=2)
print(a + b, a - b, a | b, a & b)
print(+Counter(a=2, b=-1), -Counter(a=2, b=-1))
c3 = Counter()
for ch in "hello":
    c3[ch] += 1
print(c3, list(c3.keys()), c3.get("z"), c3.get("l"))

groups = defaultdict(list)
for w in words:
    groups[len(w)].append(w)
print(groups[3], groups[5])
print(sorted(groups.items())[:2])
counts = defaultdict(int)
for w in words:
    counts[w[0]] += 1
print(counts)
print(dict(counts)["t"], counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 2
print(nested["a"]["x"], len(nested))
plain = defaultdict(None, {"k": 1})
print(plain)
try:
    plain["nope"]
except KeyError as e:
    print("KeyError", e)
bag = collections.defaultdict(set)
bag["s"].add(1)
bag["s"].add(1)
print(bag)

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
od.move_to_end("b")
print(od, list(od))
od.move_to_end("c", last=False)
print(list(od.keys()), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([("x", 1)]))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
