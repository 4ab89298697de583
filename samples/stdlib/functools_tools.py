# functools: cmp_to_key, reduce, lru_cache with cache_info, cache, partial, wraps.
import functools
from functools import cmp_to_key, reduce, lru_cache, partial, wraps


def by_length_then_reverse(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)


words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=cmp_to_key(by_length_then_reverse)))
print(max(words, key=functools.cmp_to_key(by_length_then_reverse)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))

print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@lru_cache(maxsize=2)
def square(x):
    print("computing", x)
    return x * x


for x in [1, 2, 1, 3, 1, 2]:
    square(x)
print(square.cache_info())
info = square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)


@functools.cache
def pair_sum(pair):
    print("summing", pair)
    return pair[0] + pair[1]


print(pair_sum((1, 2)), pair_sum((1, 2)), pair_sum.cache_info().hits)


def power(base, exp):
    return base ** exp


square2 = partial(power, exp=2)
cube = functools.partial(power, exp=3)
print(square2(5), cube(2), partial(power, 2)(10))


def logged(fn):
    @wraps(fn)
    def wrapper(*args):
        print("calling", fn.__name__)
        return fn(*args)
    return wrapper


@logged
def add(a, b):
    """Add two numbers."""
    return a + b


print(add(2, 3), add.__name__, add.__doc__)
