# Keywords forwarded by a wrapper reach a function with *args, keyword-only
# parameters and **kwargs once, bound by its signature (a decorated function
# used to bind them a second time: `key="z"` became one more positional);
# lambdas take keyword-only parameters after *args or a bare *; a function
# known only at run time with keyword-only parameters after *args, called
# with positional arguments alone, keeps them in *args.
import functools


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


def plain_deco(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@deco
def g(a, b=1, *rest, key="k", **more):
    return (a, b, rest, key, more)


@plain_deco
def h(a, *rest, key="k", **more):
    return (a, rest, key, more)


print(g(1, 2, 3, key="z", q=1), g(a=5), g(1, 2, 3, 4))
print(h(1, 2, key="z"), h(1, q=2), h(0, 1, 2))

f = lambda a, *r, key="k", **m: (a, r, key, m)
print(f(1, 2, key="z", q=1), f(5))
kw_only = lambda a, *, key, b=2: (a, key, b)
print(kw_only(1, key=3), kw_only(key=0, a=9, b=1))
try:
    kw_only(1, 2)
except TypeError as e:
    print("TypeError:", e)
join = lambda *parts, sep="-": sep.join(parts)
print(join("a", "b"), join("a", "b", sep="+"))


def make():
    def inner(a, *rest, key="k"):
        return (a, rest, key)
    return inner


table = {"inner": make(), "join": join}
print(make()(1, 2, 3), table["inner"](1, 2, key=0), table["join"]("x", "y", "z"))
