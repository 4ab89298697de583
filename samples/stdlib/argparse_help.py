"""argparse: --help text, usage wrapping, groups and formatters, as CPython lays them out."""
import argparse


def show(parser, argv):
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print("exit:", e.code)


p = argparse.ArgumentParser(prog="copier", description="Copy files from one place to another, keeping their timestamps and permissions where the target allows it.", epilog="See the manual for more.")
p.add_argument("source", help="where to read")
p.add_argument("targets", nargs="+", metavar="TARGET", help="where to write; several targets may be given")
p.add_argument("-r", "--recursive", action="store_true", help="copy directories recursively")
p.add_argument("-j", "--jobs", type=int, default=4, help="parallel jobs (default: %(default)s)")
p.add_argument("--mode", choices=["copy", "link", "move"], default="copy", help="one of %(choices)s")
p.add_argument("--exclude", action="append", default=[], metavar="PATTERN", help="skip files matching PATTERN")
p.add_argument("--a-very-long-option-name-indeed", help="an option whose name pushes its help to the next line")
p.add_argument("--secret", help=argparse.SUPPRESS)
p.add_argument("--version", action="version", version="%(prog)s 1.2.3")
show(p, ["--help"])
show(p, ["--version"])
print(p.format_usage(), end="")

# Long usage lines wrap at the terminal width (80 columns when not a terminal).
w = argparse.ArgumentParser(prog="wrapping-example-program")
for name in ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]:
    w.add_argument("--" + name, metavar=name.upper() + "_VALUE")
w.add_argument("first")
w.add_argument("second", nargs="*")
w.print_usage()

# Argument groups and a mutually exclusive group.
g = argparse.ArgumentParser(prog="grouped", add_help=False)
net = g.add_argument_group("network", "Options for talking to the server.")
net.add_argument("--host", default="localhost")
net.add_argument("--port", type=int, default=8080)
out = g.add_mutually_exclusive_group()
out.add_argument("--json", action="store_true", help="JSON output")
out.add_argument("--text", action="store_true", help="text output")
req = g.add_mutually_exclusive_group(required=True)
req.add_argument("--start", action="store_true")
req.add_argument("--stop", action="store_true")
g.add_argument("files", nargs="*")
g.add_argument("--pair", nargs=2, metavar=("K", "V"))
g.add_argument("--maybe", nargs="?")
g.print_help()

# Formatter classes.
raw = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawDescriptionHelpFormatter, description="Line one\n  indented line two\n\nparagraph")
raw.add_argument("--x", help="some   spaced\ntext")
raw.print_help()
rt = argparse.ArgumentParser(prog="rawtext", formatter_class=argparse.RawTextHelpFormatter)
rt.add_argument("--x", help="first line\n  second line")
rt.print_help()
dflt = argparse.ArgumentParser(prog="defaults", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
dflt.add_argument("--size", type=int, default=3, help="the size")
dflt.add_argument("--name", help="no default shown for None? it is")
dflt.add_argument("pos", nargs="?", default="p", help="optional positional")
dflt.print_help()
mt = argparse.ArgumentParser(prog="mtype", formatter_class=argparse.MetavarTypeHelpFormatter)
mt.add_argument("--n", type=int)
mt.add_argument("x", type=float)
mt.print_help()

# usage= given, %(prog)s in description, no options at all.
u = argparse.ArgumentParser(prog="given", usage="%(prog)s [stuff]", description="%(prog)s does things")
u.print_help()
bare = argparse.ArgumentParser(prog="bare", add_help=False)
bare.print_help()
print(repr(bare.format_help()))
print(p)
