"""Float powers rounded as CPython's C pow() rounds them, with its errors and limits."""
import math

xs = [-4.920000000000002, 0.7, 1.1, -1.0003704629759305 + 0.25, 3.14159, 1e-5, 123.456]
for x in xs:
    print(repr(x ** 3), repr(x ** -3), repr(x ** 7), repr(pow(x, 5)), repr(math.pow(x, -2)))

# Exact-enough powers and the ends of the float range.
print(2.0 ** -1074, 2.0 ** -1075, 0.5 ** 1074, 2.0 ** 1023, 1e-200 ** 2, 1e-160 ** -1)
print(1.0 ** 1e308, (-1.0) ** 3, (-2.0) ** 3, (-2.0) ** -3, 0.0 ** 3, (-0.0) ** 3, (-0.0) ** 2)
print(math.pow(-1.0, math.inf), math.pow(1.0, math.nan), math.inf ** -2, (-math.inf) ** 3, math.nan ** 0)
print(1.0000001 ** 100000, 0.9999999 ** -100000, 10.0 ** 300, 10.0 ** -320)

# Typed floats: the transform emits the runtime's power, not JavaScript's **.
def cube(v: float) -> float:
    return v ** 3

total = 0.0
x = -5.0
for _ in range(20):
    x = 10 / 1000 + x
    total += cube(x)
print(repr(total), repr(cube(2.5)), repr(cube(-0.1)))

for base, exp in [(10.0, 400), (1e10, 31), (-10.0, 309), (0.0, -1), (0.0, -2.5)]:
    try:
        print(base ** exp)
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
for base, exp in [(10.0, 400), (0.0, -1)]:
    try:
        print(math.pow(base, exp))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
