"""argparse: custom Action classes, FileType, @file arguments, other prefix characters, parents, conflict resolution."""
import argparse
import os
import tempfile


class Upper(argparse.Action):
    def __init__(self, option_strings, dest, nargs=None, **kwargs):
        argparse.Action.__init__(self, option_strings, dest, nargs=nargs, **kwargs)
        print("init", self.dest, self.option_strings, self.nargs)

    def __call__(self, parser, namespace, values, option_string=None):
        print("call", self.dest, repr(values), option_string)
        if isinstance(values, list):
            values = [v.upper() for v in values]
        else:
            values = values.upper()
        setattr(namespace, self.dest, values)


p = argparse.ArgumentParser(prog="custom")
p.add_argument("-a", action=Upper)
p.add_argument("-m", action=Upper, nargs="*")
p.add_argument("pos", action=Upper)
print(p.parse_args(["first", "-a", "value", "-m", "one", "two"]))
p.print_help()

# Explicit default=None keeps None for store_true and store_false.
q = argparse.ArgumentParser(prog="prefixes", prefix_chars="-+/")
q.add_argument("-a", action="store_false", default=None, help="Turn A off")
q.add_argument("+a", action="store_true", default=None, help="Turn A on")
q.add_argument("//noarg", "++noarg", action="store_true", default=False)
for argv in [[], ["+a"], ["-a"], ["//noarg"], ["++noarg"]]:
    print(q.parse_args(argv))
q.print_help()

with tempfile.TemporaryDirectory() as tmp:
    args_file = os.path.join(tmp, "args.txt")
    with open(args_file, "w") as f:
        f.write("-a\n-b\n2\n")
    r = argparse.ArgumentParser(prog="fromfile", fromfile_prefix_chars="@")
    r.add_argument("-a", action="store_true")
    r.add_argument("-b")
    r.add_argument("-c")
    print(r.parse_args(["@" + args_file, "-c", "3"]))

    data = os.path.join(tmp, "in.txt")
    with open(data, "w") as f:
        f.write("hello file\n")
    ft = argparse.ArgumentParser(prog="files")
    ft.add_argument("-i", metavar="in-file", type=argparse.FileType("rt"))
    ft.add_argument("-o", metavar="out-file", type=argparse.FileType("wt"))
    ns = ft.parse_args(["-i", data, "-o", os.path.join(tmp, "out.txt")])
    print(ns.i.read().strip())
    ns.i.close()
    ns.o.close()
    print(argparse.FileType("rt"), argparse.FileType("w", encoding="utf-8"))
    ft.print_usage()
    try:
        ft.parse_args(["-i", os.path.join(tmp, "missing.txt")])
    except SystemExit as e:
        print("exit", e.code)

# parents= shares arguments; conflict_handler="resolve" lets a later option win.
base = argparse.ArgumentParser(add_help=False)
base.add_argument("--user", default="me")
child = argparse.ArgumentParser(prog="child", parents=[base])
child.add_argument("--local", action="store_true")
print(child.parse_args(["--user", "you"]))
resolve = argparse.ArgumentParser(prog="resolve", conflict_handler="resolve")
resolve.add_argument("-a", help="old")
resolve.add_argument("-b", "--long-b", help="short and long")
resolve.add_argument("--long-b", help="long only now")
resolve.add_argument("-a", help="new")
resolve.print_help()
