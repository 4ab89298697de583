"""argparse: subcommands with add_subparsers(dest=) and set_defaults(func=)."""
import argparse


def cmd_add(args):
    return f"add {args.a} + {args.b} = {args.a + args.b}"


def cmd_greet(args):
    return ("HELLO " if args.loud else "hello ") + ", ".join(args.names)


parser = argparse.ArgumentParser(prog="calc", description="A tiny calculator.")
parser.add_argument("--debug", action="store_true")
sub = parser.add_subparsers(dest="command", help="what to do")

add = sub.add_parser("add", help="add two numbers")
add.add_argument("a", type=int)
add.add_argument("b", type=int)
add.set_defaults(func=cmd_add)

greet = sub.add_parser("greet", aliases=["hi"], help="greet people")
greet.add_argument("names", nargs="+")
greet.add_argument("--loud", action="store_true")
greet.set_defaults(func=cmd_greet)

sub.add_parser("noop")

for argv in [["add", "2", "3"], ["--debug", "greet", "ann", "bob"], ["hi", "--loud", "cy"], ["noop"], []]:
    args = parser.parse_args(argv)
    print(args.command, args.debug, args.func(args) if hasattr(args, "func") else "no func")

ns = parser.parse_args(["add", "1", "1"])
del ns.func
print(ns)

parser.print_help()
add.print_help()
greet.print_usage()

for argv in [["mul", "1"], ["add", "1"], ["add", "1", "x"], ["greet"]]:
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)

# Required subcommand, a title and a metavar.
tool = argparse.ArgumentParser(prog="tool")
cmds = tool.add_subparsers(title="commands", dest="cmd", required=True, metavar="CMD")
run = cmds.add_parser("run", help="run it")
run.add_argument("--fast", action="store_true")
cmds.add_parser("stop", help="stop it")
tool.print_help()
print(tool.parse_args(["run", "--fast"]))
ns, extra = tool.parse_known_args(["stop", "--what"])
print(ns, extra)
try:
    tool.parse_args([])
except SystemExit as e:
    print("exit", e.code)
