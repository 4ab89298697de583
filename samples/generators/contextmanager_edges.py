"""@contextmanager edge cases: swallowing by not re-raising, a generator that never yields, StopIteration in the body, nested managers and exit order."""
from contextlib import contextmanager, suppress, ExitStack, nullcontext


@contextmanager
def tag(name: str):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as exc:
        print(f"  {name} swallowed ValueError({exc})")
    finally:
        print(f"</{name}>")


@contextmanager
def never_yields():
    if False:
        yield
    print("  body of never_yields ran")


@contextmanager
def transforms():
    try:
        yield
    except KeyError as exc:
        raise LookupError(f"wrapped {exc}") from exc


with tag("a") as upper:
    print("  inside, as gives", upper)

with tag("b"):
    raise ValueError("swallowed by the generator")
print("after b: the exception did not escape")

try:
    with tag("c"):
        raise TypeError("not handled by the generator")
except TypeError as exc:
    print("TypeError escaped:", exc)

try:
    with never_yields():
        print("not printed")
except RuntimeError as exc:
    print("RuntimeError:", exc)

try:
    with transforms():
        {}["gone"]
except LookupError as exc:
    print("replaced exception:", type(exc).__name__, exc, "| cause:", type(exc.__cause__).__name__)

try:
    with tag("stop"):
        raise StopIteration("inside the body")
except StopIteration as exc:
    print("StopIteration from the body is re-raised as itself:", exc)

with tag("outer"), tag("inner") as inner:
    print("  both entered; inner gave", inner)
    raise ValueError("seen by inner only")
print("inner swallowed it, so outer saw a clean exit")

with suppress(KeyError):
    with tag("s"):
        {}["x"]
print("suppress caught the KeyError that tag('s') let through")

with nullcontext(42) as value:
    print("nullcontext gives", value)

with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("x", "y")]
    stack.callback(print, "  callback registered last runs first")
    print("  entered", names)


def first_line(lines: list[str]) -> str:
    with tag("early"):
        for line in lines:
            return line
    return "none"


print("return from inside the with:", first_line(["l1", "l2"]))
