"""Sets: literals, add/discard/remove, algebra, membership, dedupe, frozenset (printed in a stable way)."""
small = {1, 2, 3}
print(small, len(small), type(small).__name__, set(), type({}).__name__)
print({3, 1, 2} == {1, 2, 3}, {1, 2} == {1, 2, 2, 1}, 2 in small, 7 not in small)

tags = set()
for word in ["red", "green", "red", "blue", "green"]:
    tags.add(word)
print("distinct tags:", sorted(tags), len(tags))
tags.discard("purple")
tags.discard("red")
print("after discard:", sorted(tags))
try:
    tags.remove("purple")
except KeyError as exc:
    print("KeyError:", exc)

a = {1, 2, 3, 4}
b = {3, 4, 5}
print("union:", sorted(a | b), sorted(a.union([9])))
print("intersection:", sorted(a & b), sorted(a.intersection(b, {4})))
print("difference:", sorted(a - b), sorted(b - a))
print("symmetric:", sorted(a ^ b))
print("subset:", {1, 2} <= a, {1, 2} < {1, 2}, a >= {4}, a.isdisjoint({7, 8}), a.issuperset([1]))

seen: set[str] = set()
unique_in_order = []
for name in ["kim", "ola", "kim", "ana", "ola", "zed"]:
    if name not in seen:
        seen.add(name)
        unique_in_order.append(name)
print("dedupe keeping order:", unique_in_order)
print("dict.fromkeys also keeps order:", list(dict.fromkeys("abracadabra")))

c = {10, 20}
c |= {30}
c -= {10}
print("augmented:", sorted(c))
popped = {42}.pop()
print("pop from one-element set:", popped)

frozen = frozenset([3, 1, 2])
print("frozenset members:", sorted(frozen), frozen == {1, 2, 3}, hash(frozen) == hash(frozenset({1, 2, 3})))
pairs = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print("frozensets as elements:", len(pairs))
try:
    {[1, 2]}
except TypeError as exc:
    print("TypeError:", exc)

words = "the cat and the hat and the bat".split()
print("distinct count:", len(set(words)), "sorted:", sorted(set(words)))
print("letters in common:", sorted(set("hello") & set("world")))
print("set comprehension:", sorted({n % 4 for n in range(10)}))
print("sum of a set:", sum({1, 2, 3}), "max:", max({4, 9, 2}), "any:", any(set()))
print("sorted descending:", sorted({5, 1, 3}, reverse=True))
