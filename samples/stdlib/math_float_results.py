# Results typeshed declares as float print as floats; keywords bind by the real signature.
import math
from itertools import *

print(math.sqrt(9), math.log(8, 2), math.fabs(-2))
print(math.log(100, 10), math.pow(2, 10), math.copysign(3, -0.0))
print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), math.factorial(5))
print(math.isclose(1.0, 1.05, rel_tol=0.1), math.isclose(1.0, 1.05, abs_tol=0.01))
print(math.hypot(3, 4), math.degrees(math.pi), math.radians(180) == math.pi)
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.gcd(12, 18), math.lcm(4, 6), math.comb(5, 2), math.perm(5, 2), math.isqrt(17))
print(math.inf, -math.inf, math.nan, math.e, math.tau)
x = math.sqrt(16)
print(x, [math.exp(0), math.cos(0)], {"r": math.fabs(-1)})

print(list(islice(count(start=5, step=2), 3)), list(repeat("a", times=2)))
print(list(accumulate([1, 2, 3], initial=10)), list(zip_longest("ab", "c", fillvalue="-")))
print(list(combinations(range(4), r=2))[:3], list(permutations("abc", r=2))[:2])

for bad in (-1.0, 0):
    try:
        print(math.sqrt(bad) if bad else math.log(bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
