# Ints have no negative zero: -0, -x of a zero int, -count() are the int 0,
# so dividing them or mixing them with floats gives 0.0, not -0.0. Floats
# keep their sign: -0.0 stays -0.0.

x = "42".count("a")
print(-x / 7, (-15 + 100.0) * -"42".count("a"), [v / 2 for v in [-4, -0]])
print(-0, -0.0, -(0.0), -x, -True, -False, -(-x) * 2.5)
y = 0
print(-y * 1.5, float(-y), -y - 0.0, 0.0 * -1, -(y) / 3, -y == 0.0)


def negate(a):
    return -a


print(negate(0) / 2, negate(0.0), negate(2), negate(-0.0), negate(False) * 1.0)
values = [-n for n in range(-1, 2)]
print(values, [v / 4 for v in values], sum(v * 0.5 for v in values))
print(max(-0, -0.0), min(-0.0, 0), abs(-x) / 1, round(-x / 3, 2))

# A product of ints is never -0 either.
z = [x * -2 for x in range(3)]
print(z, [x / 2 for x in z], [x * -1 / 4 for x in [0, 3]], 0 * -5 / 1, (y * -3) / 2)
