# The result of a set operation iterates in the order CPython's algorithm
# leaves it: a union copies the left operand's table and adds the right's,
# an intersection walks the smaller operand, a difference walks the left,
# a symmetric difference starts from the right; the in-place forms change
# the left set's own table.

a = {5, 13, 21, 100}
b = {13, 21, 29}
print(a | b, b | a)
print(a & b, b & a, a & {21, 13})
print(a - b, b - a, a - {5})
print(a ^ b, b ^ a)
print(a.union([64, 1], (2,)), a.intersection([21, 13, 5]), a.difference([5], {100}))
print(a.symmetric_difference([1, 13, 2]), a.intersection(), a.copy())
print(frozenset(b) | a, type(frozenset(b) | a).__name__, a | frozenset(b), type(a | frozenset(b)).__name__)

small = {1, 2}
large = set(range(50, 80))
print(small | large == large | small, list(small | {40, 8, 16})[:4])
print(large & {79, 50, 3, 64}, {79, 50, 3, 64} & large)

c = {5, 13, 21}
c &= {13, 21, 29}
print(c)
c |= {8, 16, 24, 0}
print(c)
c -= {16, 13}
print(c)
c ^= {0, 1, 2, 3}
print(c)
c.update(range(40, 30, -2))
print(c)
c.difference_update({40, 38}, [1])
print(c)
c.intersection_update(range(0, 40, 3))
print(c)
c.symmetric_difference_update([7, 14, 21])
print(c)

# A frozenset has no in-place operators: |= makes a new one.
f = frozenset({3, 1})
g = f
f |= {2, 10}
print(f, g, f is g)

# Removing more than a quarter of the table's slots shrinks it again.
d = set(range(64))
d -= set(range(8, 64))
print(d)
d.add(100)
print(d)

e = set(range(16))
e.clear()
e.update({9, 1, 17})
print(e, e.pop(), e)
