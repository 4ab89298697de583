"""str() and repr() of exceptions and the messages of common built-in errors."""
samples = [
    KeyError("k"),
    KeyError(),
    KeyError("a", "b"),
    ValueError("bad"),
    ValueError(),
    ValueError("two", 2),
    Exception("it's"),
    RuntimeError(""),
    IndexError(3),
    TypeError(None),
    StopIteration(42),
]
for e in samples:
    print(f"{type(e).__name__:>13} str={str(e)!r:<16} repr={e!r} args={e.args}")


def message(fn):
    try:
        fn()
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    return "no error"


print(message(lambda: {"a": 1}["b"]))
print(message(lambda: {1: 1}[2]))
print(message(lambda: [1, 2][5]))
print(message(lambda: (1,)[1]))
print(message(lambda: "abc"[10]))
print(message(lambda: int("1.5")))
print(message(lambda: 1 / 0))
print(message(lambda: 1 % 0))
print(message(lambda: [].pop()))
print(message(lambda: {}.popitem()))
print(message(lambda: next(iter([]))))
print(message(lambda: [1].index(2)))
print(message(lambda: None.upper()))  # type: ignore[attr-defined]
print(message(lambda: "x".nope))  # type: ignore[attr-defined]
print(message(lambda: int("12")))

try:
    raise KeyError("user_id")
except KeyError as exc:
    print("printed directly:", exc)
    print("in a list:", [exc])
    print("formatted:", f"{exc}", f"{exc!r}")
    print("first arg:", exc.args[0])
print(str(TimeoutError()), repr(TimeoutError("slow")), isinstance(TimeoutError(), OSError))
print(repr(NotImplementedError("todo")), str(AssertionError("x")), repr(ZeroDivisionError("division by zero")))
