"""Chained comparisons, identity vs equality, truthiness, and/or values, walrus."""


def noisy(label, value):
    print(f"  eval {label}")
    return value


x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6)
print(1 == 1.0, "1" == 1, [1, 2] == [1, 2], (1, 2) == [1, 2])
print([1, 2] < [1, 3], (1, 2, 3) > (1, 2), "apple" < "banana", "Z" < "a")
print(None is None, [] is [], [] == [])

print("chained comparison evaluates the middle once and short-circuits:")
print(noisy("a", 1) < noisy("b", 0) < noisy("c", 5))

print("and/or return operands:")
print(0 or "default", "" or [] or None, 3 and 4, 0 and 4, "x" and "" or "fallback")
print(not [], not [0], not "", not 0.0, not None)
print(bool(0), bool(0.1), bool(""), bool(" "), bool({}), bool({0: 0}), bool(()))

name = ""
display = name or "anonymous"
print(display)

data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")

values = iter([5, 0, 7, -1, 2])
collected = []
while (item := next(values)) >= 0:
    collected.append(item)
print("read until negative:", collected)

print([y for v in data if (y := v * 2) > 6])
print("walrus leaks out of comprehension:", y)

def first_long(words):
    return any(len(found := w) > 4 for w in words) and found

print(first_long(["hi", "there", "world"]), first_long(["a", "b"]))

a = [1, 2, 3]
b = a
c = list(a)
print(a is b, a is c, a == c, a is not c)
print(3 in a, 4 not in a, "ell" in "hello", "k" in {"k": 1}, 1 in {"k": 1})
print(max(1, 2) == 2 != 3, 2 < 3 == 3)
print(float("nan") == float("nan"), 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
