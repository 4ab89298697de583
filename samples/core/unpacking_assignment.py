"""Tuple unpacking, starred targets, swaps, chained and augmented assignment."""
a, b = 1, 2
a, b = b, a
print("swapped:", a, b)

x = y = z = 0
x += 1
print("chained:", x, y, z)

first, *rest = [10, 20, 30, 40]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *middle, tail = (1, 2)
print(head, middle, tail)
(p, q), r = (3, 4), 5
print(p, q, r)
for index, (name, score) in enumerate([("ann", 90), ("bob", 72)]):
    print(index, name, score)
[m, n] = "mn"
print(m, n)

point = {"x": 1, "y": 2}
for key, value in point.items():
    print(f"{key}={value}")

try:
    one, two = [1, 2, 3]
except ValueError as exc:
    print("ValueError:", exc)
try:
    one, two, three = [1, 2]
except ValueError as exc:
    print("ValueError:", exc)

total = 10
total -= 3
total *= 4
total //= 5
total **= 2
total %= 7
print("augmented int:", total)
f = 7
f /= 2
print("true division makes a float:", f)
bits = 0b1010
bits |= 0b0101
bits &= 0b1100
bits ^= 0b0001
bits <<= 2
bits >>= 1
print("bits:", bits, bin(bits))

items = [1, 2]
alias = items
items += [3]  # in place: alias sees it
print(items, alias, items is alias)
items = items + [4]  # new list: alias does not
print(items, alias, items is alias)
t = (1, 2)
t += (3,)
print(t)
s = "ab"
s *= 3
print(s)

matrix = [[1, 2], [3, 4]]
matrix[0][1], matrix[1][0] = matrix[1][0], matrix[0][1]
print(matrix)
values = [0, 1, 2]
i = 0
i, values[i] = 2, 99  # targets are assigned left to right
print(i, values)
merged = [*range(3), *"ab", *(7,)]
print(merged)
combined = {**{"a": 1, "b": 2}, "b": 3, **{"c": 4}}
print(combined)
