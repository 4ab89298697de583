"""argparse: usage errors, their messages and exit codes (2 for errors, 0 for help)."""
import argparse


class Reporting(argparse.ArgumentParser):
    """Prints the error on stdout so the message itself can be compared."""

    def error(self, message):
        print("error:", message)
        raise SystemExit(2)


def build(cls=argparse.ArgumentParser, **kw):
    p = cls(prog="prog", **kw)
    p.add_argument("name")
    p.add_argument("--count", "-c", type=int)
    p.add_argument("--rate", type=float)
    p.add_argument("--color", choices=["red", "green"])
    p.add_argument("--level", type=int, choices=range(1, 4))
    p.add_argument("--two", nargs=2)
    p.add_argument("--one-or-more", nargs="+")
    p.add_argument("--verbose", action="store_true")
    p.add_argument("--version-info", action="store_true")
    grp = p.add_mutually_exclusive_group()
    grp.add_argument("--fast", action="store_true")
    grp.add_argument("--slow", action="store_true")
    return p


cases = [
    [],
    ["n", "--count", "abc"],
    ["n", "--rate", "x1"],
    ["n", "--color", "blue"],
    ["n", "--level", "7"],
    ["n", "--two", "a"],
    ["n", "--one-or-more"],
    ["n", "--count"],
    ["n", "extra", "more"],
    ["n", "--bogus"],
    ["n", "--ver"],
    ["n", "--fast", "--slow"],
    ["n", "--verbose=yes"],
    ["n", "-c"],
]

for argv in cases:
    try:
        build(Reporting).parse_args(argv)
        print("parsed", argv)
    except SystemExit as e:
        print("  exit", e.code)

print("-- exit_on_error=False raises ArgumentError")
strict = build(exit_on_error=False)
for argv in [["n", "--count", "1.5"], ["n", "--color", "blue"], ["n", "--two", "x"]]:
    try:
        strict.parse_args(argv)
    except argparse.ArgumentError as e:
        print(type(e).__name__, "|", e, "|", e.argument_name, "|", e.message)

print("-- ArgumentTypeError from a type function")


def even(text):
    n = int(text)
    if n % 2:
        raise argparse.ArgumentTypeError(f"{n} is not even")
    return n


e = Reporting(prog="even")
e.add_argument("n", type=even)
for argv in [["4"], ["3"], ["x"]]:
    try:
        print(e.parse_args(argv))
    except SystemExit as ex:
        print("  exit", ex.code)

print("-- -h exits 0 after printing help")
h = argparse.ArgumentParser(prog="h")
h.add_argument("--x")
try:
    h.parse_args(["-h", "--x", "1"])
except SystemExit as ex:
    print("exit", ex.code)

print("-- mistakes in add_argument")
bad = argparse.ArgumentParser(prog="bad")
bad.add_argument("--dup")
for make in [
    lambda: bad.add_argument("--dup"),
    lambda: bad.add_argument("pos", required=True),
    lambda: bad.add_argument("--x", action="store", nargs=0),
    lambda: bad.add_argument("--y", nargs=2, metavar=("A", "B", "C")),
    lambda: bad.add_argument("--z", action="nonsense"),
    lambda: bad.add_argument("x", "y"),
]:
    try:
        make()
    except (ValueError, TypeError, argparse.ArgumentError) as ex:
        print(type(ex).__name__, ex)

print("-- an uncaught error prints usage on stderr and exits 2")
last = argparse.ArgumentParser(prog="last")
last.add_argument("needed")
last.parse_args([])
print("not reached")
