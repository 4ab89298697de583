"""math.erf and math.erfc to CPython's digits, with the normal distribution built on them."""
import math

for x in [0.0, -0.0, 1e-20, 0.1, 0.25, 0.5, 0.84375, 1.0, -1.0, 1.2, 2.0, -2.5, 3.0, 5.9, 6.0, -7.0, 27.0, 30.0]:
    print(x, math.erf(x), math.erfc(x))
print(math.erf(math.inf), math.erf(-math.inf), math.erfc(math.inf), math.erfc(-math.inf))
print(math.isnan(math.erf(math.nan)), math.isnan(math.erfc(math.nan)))
print(math.erf(1), math.erfc(0), type(math.erf(0)).__name__)


def phi(x):
    """Cumulative distribution of the standard normal."""
    return (1.0 + math.erf(x / math.sqrt(2.0))) / 2.0


print([round(phi(z), 6) for z in (-3, -1.96, -1, 0, 1, 1.96, 3)])
print(f"{phi(1.6448536269514722):.10f}")
try:
    math.erf("1")
except TypeError as e:
    print(type(e).__name__, e)
