"""math.modf gives floats ((0.0, 2.0)); a float power out of range raises OverflowError (34, ...) as CPython does."""
import math


def square(v):
    return v ** 2


for fn in (lambda: square(10.0 ** 200), lambda: pow(1e200, 2), lambda: square(2.0)):
    try:
        print(fn())
    except OverflowError as err:
        print("OverflowError:", err)
print(math.modf(2.0), math.modf(-1.5), math.modf(0.25), math.modf(float("-inf")))
