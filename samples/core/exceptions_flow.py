"""try/except/else/finally ordering, several handlers, tuples of types, re-raise, finally+return."""


def attempt(kind):
    print(f"attempt({kind!r})")
    try:
        if kind == "value":
            raise ValueError("bad value")
        if kind == "key":
            {}["missing"]
        if kind == "index":
            [][0]
        if kind == "zero":
            1 // 0
        if kind == "type":
            "a" + 1
        print("  body finished")
    except ValueError as exc:
        print("  ValueError handler:", exc)
    except (KeyError, IndexError) as exc:
        print(f"  lookup handler: {type(exc).__name__} {exc}")
    except ArithmeticError as exc:
        print("  arithmetic handler:", type(exc).__name__)
    except Exception as exc:
        print("  generic handler:", type(exc).__name__)
    else:
        print("  else: no exception")
    finally:
        print("  finally always runs")


for kind in ["ok", "value", "key", "index", "zero", "type"]:
    attempt(kind)


def finally_overrides():
    try:
        return "from try"
    finally:
        print("finally runs before the return completes")


def finally_return_wins():
    try:
        raise RuntimeError("lost")
    finally:
        return "finally swallowed the exception"


def cleanup_order():
    log = []
    try:
        try:
            log.append("inner try")
            raise KeyError("k")
        finally:
            log.append("inner finally")
    except LookupError:
        log.append("outer except")
    finally:
        log.append("outer finally")
    return log


def reraise():
    try:
        int("x")
    except ValueError:
        print("logging, then re-raising")
        raise


print(finally_overrides())
print(finally_return_wins())
print(cleanup_order())
try:
    reraise()
except ValueError as exc:
    print("caught re-raised:", exc)

for i in range(3):
    try:
        if i == 1:
            continue
        print("loop body", i)
    finally:
        print("loop finally", i)

try:
    raise TypeError("first")
except TypeError as exc:
    saved = exc
print("exception object survives:", repr(saved))
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as exc:
    print("AssertionError:", exc)
