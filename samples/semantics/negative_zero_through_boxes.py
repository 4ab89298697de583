# A float's -0.0 survives arithmetic with values whose int-or-float type is
# only known at run time (found by the differential tester: an accumulator
# that held 1.5, times -0.0, printed 0.0). Ints still never give -0.
import json


def scale(x, k):
    return x * k


acc = 0
for i in range(3):
    acc += i / 2
acc *= -0.0
print(repr(acc), acc)

zero = json.loads("0.0")
print(scale(zero, -2), scale(-2, zero), scale(1.5, -0.0), scale(-0.0, 3))
print(zero - 0.0, -zero, -zero - 0, 0 - zero, zero + -0.0, -zero + -0.0)
print(scale(0, -2), scale(-2, 0), scale(True, -0.0), scale(json.loads("-0.0"), 1))
mixed = [json.loads("-0.0"), 0, -1.5, 2]
print([m * -1 for m in mixed], [m - m for m in mixed], [m * 0 for m in mixed])
print(sum([-0.0, -0.0]), sum([json.loads("-0.0")], -0.0), max(-0.0, json.loads("0")))
