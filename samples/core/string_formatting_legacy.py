"""printf-style % formatting and str.format with positional, named and indexed fields."""
name, age, score = "Lin", 29, 93.456

print("%s is %d years old" % (name, age))
print("score: %.1f | %8.2f | %-8.2f|" % (score, score, score))
print("%05d %x %X %o %e %g" % (42, 255, 255, 8, 12345.678, 0.0001))
print("%r vs %s" % ("text", "text"))
print("100%% done, %s" % "single value")
print("%(who)s scored %(pts)d" % {"who": name, "pts": 7})
print("%s" % [1, 2], "%s" % ((1, 2),), "%s and %s" % (None, True))
print("%3s|%-3s|%c" % ("a", "b", 65))
print("%+d %+d % d" % (5, -5, 5))
print("%.3s" % "truncate")

print("{} and {}".format("first", "second"))
print("{1} before {0}".format("zero", "one"))
print("{name} is {age}".format(name=name, age=age))
print("{0[0]} {0[1]} {p[x]} {p[y]}".format(("a", "b"), p={"x": 1, "y": 2}))
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"))
print("{:.2f} {:,} {:08.3f} {:+.1e}".format(score, 1234567, 3.14159, 12345.0))
print("{!r} {!s}".format("q", "q"))
print("{0}{0}{1}".format("ab", "!"))
template = "Dear {title} {last}, your balance is {balance:,.2f}."
print(template.format(title="Dr.", last="Okafor", balance=10500.5))
print("{:{fill}{align}{width}}".format("mid", fill="~", align="^", width=9))


class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y


print("({0.x}, {0.y})".format(Pt(3, 4)))
data = {"a": 1, "b": 2}
print("a={a}, b={b}".format(**data))
print("{} {} {}".format(*"xyz"))
row = "|".join("{:^5}".format(h) for h in ["id", "name", "ok"])
print(row)
print("%-6s%6.1f" % ("pi", 3.14159) + "<end")

try:
    print("%d items" % "three")
except TypeError:
    print("TypeError: %d needs a number")
try:
    print("%s %s" % ("only one",))
except TypeError as exc:
    print("TypeError:", exc)
try:
    print("{missing}".format(present=1))
except KeyError as exc:
    print("KeyError:", exc)
try:
    print("{} {}".format("one"))
except IndexError:
    print("IndexError for too few format arguments")
