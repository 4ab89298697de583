"""argparse: positional and optional arguments, actions, nargs, types and defaults."""
import argparse


def build():
    p = argparse.ArgumentParser(prog="tool", description="Process some files.")
    p.add_argument("src", help="source file")
    p.add_argument("dst", nargs="?", default="out.txt")
    p.add_argument("-n", "--count", type=int, default=1, help="repeat count")
    p.add_argument("--ratio", type=float, default=0.5)
    p.add_argument("-v", "--verbose", action="count", default=0)
    p.add_argument("-q", "--quiet", action="store_true")
    p.add_argument("--no-color", dest="color", action="store_false")
    p.add_argument("--mode", choices=["fast", "slow"], default="fast")
    p.add_argument("-I", "--include", action="append", metavar="DIR")
    p.add_argument("--level", action="store_const", const=10, default=0)
    p.add_argument("--tag", action="append_const", const="t", dest="tags")
    p.add_argument("--pair", nargs=2, type=int)
    p.add_argument("--many", nargs="*")
    p.add_argument("--some", nargs="+")
    p.add_argument("--opt", nargs="?", const="C", default="D")
    p.add_argument("--ext", action="extend", nargs="+")
    return p


p = build()
print(p.parse_args(["a.txt"]))
print(p.parse_args(["a.txt", "b.txt", "-n", "3", "--ratio=2", "-vvv", "-q", "--no-color"]))
print(p.parse_args(["-n5", "--mode", "slow", "x", "-I", "inc", "--include=lib", "-Isys"]))
print(p.parse_args(["--level", "--tag", "--tag", "--pair", "1", "2", "x"]))
print(p.parse_args(["--many", "--some", "a", "b", "--", "x"]))
print(p.parse_args(["x", "--opt"]))
print(p.parse_args(["x", "--opt", "val", "--ext", "a", "b", "--ext", "c"]))
print(p.parse_args(["--cou", "7", "--verb", "x"]))

args = p.parse_args(["in.py", "-n", "2"])
print(args.src, args.dst, args.count * 10, args.ratio, args.verbose, args.quiet, args.color)
d = vars(args)
print(sorted(d.items())[:3])
print("count" in args, "nope" in args)
print(args == argparse.Namespace(**d))

ns, rest = p.parse_known_args(["x", "--unknown", "1", "-n", "4", "extra"])
print(ns.count, rest)

# Negative numbers are arguments when no option looks like one.
q = argparse.ArgumentParser(prog="neg")
q.add_argument("x", type=int)
q.add_argument("--shift", type=int, default=0)
print(q.parse_args(["-5", "--shift", "-2"]))

# set_defaults and get_default
q.set_defaults(shift=9, extra="e")
print(q.parse_args(["1"]), q.get_default("shift"), q.get_default("missing"))

# A namespace passed in keeps its other attributes.
base = argparse.Namespace(keep=True)
print(q.parse_args(["2"], namespace=base))

# Namespace repr with names that are not identifiers.
n = argparse.Namespace(a=1)
setattr(n, "not valid", 2)
print(n)

# Default strings go through type=, other defaults do not.
r = argparse.ArgumentParser(prog="r")
r.add_argument("--size", type=int, default="42")
r.add_argument("--items", type=int, nargs="*", default=[])
r.add_argument("--flag", action=argparse.BooleanOptionalAction, default=False)
print(r.parse_args([]))
print(r.parse_args(["--items", "1", "2", "--flag"]))
print(r.parse_args(["--no-flag"]))

# A type= function of the program's own.
def pair(text):
    a, b = text.split(":")
    return (a, int(b))

s = argparse.ArgumentParser(prog="s")
s.add_argument("kv", type=pair, nargs="+")
print(s.parse_args(["a:1", "b:2"]).kv)
