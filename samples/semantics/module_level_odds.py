"""Module-level corner cases: del of a variable, __file__, super().__init__() without a base, sys."""
import sys

x = 1
print(x)
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
x = 2
print(x)


def local_del():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


def returns_nothing():
    pass


z = returns_nothing()
print(local_del(), z is None, z)

print(__file__.replace("\\", "/").split("/")[-1].endswith(".py"), __name__)


class Plain:
    def __init__(self, v):
        super().__init__()
        self.v = v


class Child(Plain):
    def __init__(self, v):
        super().__init__(v * 2)


print(Plain(1).v, Child(2).v)
print(type(sys.maxsize).__name__, sys.maxsize > 2**31)
