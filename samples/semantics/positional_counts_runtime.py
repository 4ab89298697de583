# Calls whose callee is known only at run time (a closure from a factory, a
# function from a dict, a bound method, a class alias) check the number of
# positional arguments as CPython does, with its TypeError messages; so do
# calls the translator can check itself.

def make_scaler(k):
    def scale(x, offset=0):
        return x * k + offset
    return scale


def add(a, b):
    return a + b


ops = {"add": add}
s = make_scaler(3)
print(s(5), s(5, 1))
for args in [(1,), (1, 2, 3), ()]:
    try:
        print(s(*args))
    except TypeError as e:
        print("TypeError", e)
try:
    print(s(1, 2, 3))
except TypeError as e:
    print("TypeError", e)
try:
    print(ops["add"](1))
except TypeError as e:
    print("TypeError", e)
try:
    print(ops["add"](1, 2, 3))
except TypeError as e:
    print("TypeError", e)
f = add
try:
    f(1)
except TypeError as e:
    print("TypeError", e)
try:
    add(1, 2, 3)
except TypeError as e:
    print("TypeError", e)


class C:
    def m(self, a):
        return a

    @classmethod
    def make(cls, a, b):
        return cls()


c = C()
g = c.m
try:
    g(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    g()
except TypeError as e:
    print("TypeError", e)
try:
    C.make(1)
except TypeError as e:
    print("TypeError", e)


def opt(a, b=1):
    return a + b


try:
    opt(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    c.m(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    C(1)
except TypeError as e:
    print("TypeError", e)
k = C
try:
    k(1)
except TypeError as e:
    print("TypeError", e)


class D:
    def __init__(self, a, b=2):
        self.a = a


try:
    D()
except TypeError as e:
    print("TypeError", e)
try:
    D(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
kd = D
try:
    kd(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    kd()
except TypeError as e:
    print("TypeError", e)
print(kd(5).a)
