# The builtin print kept in a variable, passed around and partially applied.
import functools
import sys

out = print
out("hello", 2)
out("a", "b", sep="-", end="!\n")
out("to stdout", file=sys.stdout)

def main():
    say = print
    say("inside", "main", sep=", ")
    try:
        say("x", colour="red")
    except TypeError as e:
        print("TypeError:", e)

main()

p = functools.partial(print, sep=":")
p(1, 2, 3)
p(1, 2, sep="+")
print(p.keywords)
shout = functools.partial(print, "!!", end=" <\n")
shout("loud")

r = functools.partial(sorted, reverse=True)
print(r([1, 3, 2]))

for f in [print, len]:
    print(f.__name__)
list(map(print, ["m1", "m2"]))
print(repr(p).startswith("functools.partial(<built-in function print>"), repr(r).endswith("reverse=True)"))
