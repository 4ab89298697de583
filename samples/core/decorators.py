"""Decorators: plain, with arguments, stacked, functools.wraps, and class-based."""
import functools

calls = []


def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        result = fn(*args, **kwargs)
        print(f"{fn.__name__}{args} -> {result!r}")
        return result
    return wrapper


def repeat(times):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorate


def bracket(label):
    def decorate(fn):
        def wrapper(*args):
            return f"{label}[{fn(*args)}]"
        return wrapper
    return decorate


class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0

    def __call__(self, *args):
        self.count += 1
        return self.fn(*args)


registry = {}


def register(fn):
    registry[fn.__name__] = fn
    return fn


@trace
def add(a, b):
    """Add two numbers."""
    return a + b


@repeat(3)
def hello(name):
    return f"hi {name}"


@bracket("outer")
@bracket("inner")
def core(x):
    return x * 2


@CountCalls
def noisy(x):
    return -x


@register
def alpha():
    return "A"


@register
def beta():
    return "B"


add(2, 3)
add(b=10, a=1)
print("wrapped name:", add.__name__, "| doc:", add.__doc__)
print("unwrapped:", add.__wrapped__(4, 4))
print(hello("sam"))
print(hello.__name__)
print(core(21))
print(core.__name__)
noisy(1), noisy(2), noisy(3)
print("noisy called", noisy.count, "times")
print("registry:", list(registry), [f() for f in registry.values()])
print("calls:", calls)
