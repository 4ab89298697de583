# An object's own operators receive a float operand as a float, also when it
# is integral and arrived by an untyped path: `r + 2.0` hands 2.0, not 2, to
# __add__, so what the method computes stays a float. Found by the
# differential tester (a class adding its value to 2.0 printed <2>).
import json


class R:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return R(self.v + other)

    def __radd__(self, other):
        return R(other + self.v)

    def __sub__(self, other):
        return R(self.v - other)

    def __mul__(self, other):
        return R(self.v * other)

    def __truediv__(self, other):
        return R((self.v, other))

    def __floordiv__(self, other):
        return R(other)

    def __mod__(self, other):
        return R(repr(other))

    def __pow__(self, other):
        return R(type(other).__name__)

    def __str__(self):
        return f"<{self.v}>"


two = json.loads("2.0")
r = R(0)
print(r + 2.0, r + -0.0, r + two, 2.0 + r, two + r, r - two, r * 1.0, r * two)
print(r / 2.0, r // two, r % 3.0, r ** two, r ** 2)
print(sum([r, R(1)], 0.0), sum([R(1)], two))
