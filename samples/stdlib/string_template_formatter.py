"""string: constants, capwords, Template (substitute, safe_substitute, errors, subclasses) and Formatter."""
import string
from string import Template

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("hello   wide  world"), string.capwords("a-b c-d", "-"), string.capwords("ÉCOLE été"))

t = Template("$who likes $what, ${who}'s favourite costs $$${price}.")
print(t.substitute(who="tim", what="kung pao", price=9.5))
print(t.substitute({"who": "ann", "what": "tea", "price": 3}))
print(t.substitute({"who": "ann", "what": "tea", "price": 3}, who="bob"))
print(t.safe_substitute(who="zoe"))
print(t.template, t.get_identifiers(), t.is_valid())
print(Template("${name}s and $name_2 and $1 and $").safe_substitute(name="cat"))
print(Template("$x$y").substitute(x=1, y=[2]))

try:
    t.substitute(who="tim")
except KeyError as e:
    print(type(e).__name__, e)
try:
    Template("line one\ncost: $ 5").substitute()
except ValueError as e:
    print(type(e).__name__, e)
try:
    Template("${bad name}").substitute({})
except ValueError as e:
    print(type(e).__name__, e)
print(Template("ok $ bad").is_valid())


class Percent(Template):
    delimiter = "%"


class Dotted(Template):
    idpattern = r"[a-z]+(?:\.[a-z]+)*"


print(Percent("%name costs %%%price").substitute(name="pen", price=2))
print(Dotted("$user.name is $user.age").substitute({"user.name": "kim", "user.age": 40}))

class Pt:
    x = 7


fmt = string.Formatter()
print(fmt.format("{} + {} = {total:>5}", 1, 2, total=3))
print(fmt.format("{0!r:^10}|{1:.2f}|{name[key]}|{pt.x}", "hi", 3.14159, name={"key": "v"}, pt=Pt()))
print(fmt.vformat("{a}-{b}", (), {"a": 1, "b": 2}))
print(fmt.format("{:{width}}|", "x", width=6))
print(list(fmt.parse("a{{b}}c {0!s:>4} {name} end")))


class Upper(string.Formatter):
    def format_field(self, value, format_spec):
        return super().format_field(value, format_spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}?>"
        return super().get_value(key, args, kwargs)


print(Upper().format("{greeting}, {0} {missing}", "world", greeting="hello"))

for bad in ["{0} {}", "{", "}", "{0!x}"]:
    try:
        fmt.format(bad, 1, 2)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    fmt.format("{5}", 1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    fmt.format("{nope}")
except KeyError as e:
    print(type(e).__name__, e)
print(Template.pattern.pattern)
print(Template("x").pattern is Template.pattern, Percent.pattern.pattern.split("(?:")[0].strip())


class Braces(Template):
    delimiter = "{{"
    pattern = r"""
    \{\{(?:
    (?P<escaped>\{\{)|
    (?P<named>[_a-z][_a-z0-9]*)\}\}|
    (?P<braced>[_a-z][_a-z0-9]*)\}\}|
    (?P<invalid>)
    )
    """


b = Braces("{{{{ {{var}} ")
print(b.pattern.findall(b.template), repr(b.substitute(var="value")))
Template("$missing").substitute()
