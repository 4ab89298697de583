# math.gamma and math.lgamma on CPython's own Lanczos algorithm, and their errors.
import math

print(math.gamma(5), math.gamma(1), math.gamma(23))
print(math.gamma(0.5), math.gamma(1.5), math.gamma(-0.5), math.gamma(-1.5))
print(math.lgamma(1), math.lgamma(2), math.lgamma(0.5), math.lgamma(10), math.lgamma(-0.5))
print(math.gamma(1e-30), math.lgamma(1e-30), math.gamma(-250.5), math.lgamma(math.inf))
print(math.isclose(math.gamma(7.3), 6.3 * math.gamma(6.3)), math.isclose(math.exp(math.lgamma(8.5)), math.gamma(8.5)))
for f, x in [(math.gamma, 0), (math.gamma, -3), (math.gamma, 200), (math.lgamma, 0), (math.lgamma, -2), (math.gamma, -math.inf)]:
    try:
        print(f(x))
    except (ValueError, OverflowError) as e:
        print(f.__name__, x, type(e).__name__, e)
