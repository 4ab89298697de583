"""try/except/else/finally ordering, several handlers, tuples of types, bare raise, finally overriding return."""


def attempt(kind: str) -> str:
    print(f"attempt({kind!r}):", end=" ")
    try:
        print("try", end=" ")
        if kind == "value":
            raise ValueError("bad value")
        if kind == "type":
            raise TypeError("bad type")
        if kind == "key":
            {}["missing"]
        if kind == "zero":
            1 // 0
    except ValueError as exc:
        print(f"except ValueError({exc})", end=" ")
        return "handled value"
    except (TypeError, KeyError) as exc:
        print(f"except tuple caught {type(exc).__name__}", end=" ")
        return "handled tuple"
    except Exception as exc:
        print(f"except Exception caught {type(exc).__name__}", end=" ")
        return "handled generic"
    else:
        print("else", end=" ")
        return "no error"
    finally:
        print("finally")


for kind in ["none", "value", "type", "key", "zero"]:
    print("  ->", attempt(kind))


def finally_wins() -> str:
    try:
        return "from try"
    finally:
        print("finally runs before the return completes")


def finally_overrides() -> str:
    try:
        raise RuntimeError("lost")
    finally:
        return "finally swallowed the error"  # noqa: B012


print(finally_wins())
print(finally_overrides())


def reraise() -> None:
    try:
        int("x")
    except ValueError:
        print("logging and re-raising")
        raise


try:
    reraise()
except ValueError as exc:
    print("outer caught:", exc)

try:
    try:
        raise KeyError("inner")
    except ValueError:
        print("not reached")
    finally:
        print("inner finally runs while KeyError propagates")
except LookupError as exc:
    print("caught by base class LookupError:", repr(exc))

try:
    raise ValueError
except ValueError as exc:
    print("raised a class:", repr(exc), "| str is empty:", repr(str(exc)))

err = None
try:
    [].pop()
except IndexError as exc:
    err = exc
print("exception kept after the handler:", repr(err))
