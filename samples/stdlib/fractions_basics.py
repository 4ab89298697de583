"""Fraction: construction from ints, strings and floats, exact arithmetic, mixed with ints and floats, rounding, hashing."""
from fractions import Fraction
a = Fraction(3, 4)
b = Fraction("1/3")
print(a, b, repr(a), a + b, a - b, a * b, a / b, a // b, a % b, -a, abs(-a))
print(Fraction(' -1.5e3 '), Fraction('3.1415'), Fraction(0.1), Fraction(2.5), Fraction(6, -4))
print(a + 1, 1 + a, a * 2, 2 - a, a + 0.5, 0.5 * a, a ** 2, a ** -2, 2 ** Fraction(3), 4 ** Fraction(1, 2))
print(a < 1, a > 0.5, a == Fraction(6, 8), a == 0.75, Fraction(2) == 2, hash(Fraction(2)) == hash(2))
print(float(a), int(Fraction(-7, 2)), round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(22, 7), 2))
import math
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), a.numerator, a.denominator, a.as_integer_ratio())
print(Fraction(3.141592653589793).limit_denominator(1000), Fraction(3.141592653589793).limit_denominator(10))
d = {2: "two", Fraction(1, 2): "half"}
print(d[Fraction(2)], d[Fraction(2, 4)], sum([Fraction(1, n) for n in range(1, 6)]))
big = Fraction(1234567890123457, 3)
print(big, big * 3, big.numerator)
print(sorted([Fraction(1, 3), Fraction(1, 4), 0.3, 1]))
for bad in ["abc", "1/0", "1.5/2"]:
    try:
        print(Fraction(bad))
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    Fraction(1.5, 2)
except TypeError as e:
    print("TypeError", e)
print(f"{a}", str(Fraction(4, 2)), divmod(Fraction(7, 2), 2), Fraction(7, 2) % Fraction(2, 3))
print(Fraction(Fraction(1, 2), Fraction(1, 3)), Fraction(1, 3) + Fraction(1, 6), Fraction(0.5) == 0.5, Fraction(1, 3) < 0.3333)
print(Fraction.from_float(0.25), Fraction(355, 113).limit_denominator(100), bool(Fraction(0)), Fraction(-7, 3).__floor__())
for limit in [0, -1]:
    try:
        Fraction(1, 3).limit_denominator(limit)
    except ValueError as e:
        print("ValueError", e)
for bad in [float("inf"), float("nan")]:
    try:
        Fraction(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    Fraction(1, 2) ** -1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    Fraction(0) ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    Fraction(1, 2) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    Fraction([1])
except TypeError as e:
    print("TypeError", e)
try:
    print(f"{Fraction(1, 3):.2f}")
except TypeError as e:
    print("TypeError", e)
