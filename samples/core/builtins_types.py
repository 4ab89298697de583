"""isinstance with tuples, type(x).__name__, str/repr/bool conversions, and truthiness."""
values = [0, 1.5, "s", None, True, [1], (1,), {1: 2}, {3}, range(2), "", [[]]]
for v in values:
    print(f"{type(v).__name__:>8}: str={str(v)!s:<16} repr={v!r}")

print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, float)), isinstance(1.0, (str, float)))
print(isinstance("x", str), isinstance([], (list, tuple)), isinstance((), (list, tuple)), isinstance(None, object))
print(type(1) is int, type(True) is int, type(True) is bool, type(None).__name__, type(type).__name__)
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(KeyError, LookupError))


class Animal:
    pass


class Dog(Animal):
    pass


d = Dog()
print(isinstance(d, Animal), isinstance(d, (int, Dog)), type(d).__name__, type(d) is Animal, Dog.__name__)
print(str(d) == repr(d), type(d).__mro__[1].__name__)


def describe(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, (int, float)):
        return "number"
    if isinstance(x, str):
        return "text"
    if isinstance(x, (list, tuple, set)):
        return f"collection of {len(x)}"
    return type(x).__name__


print([describe(x) for x in [True, 3, 2.0, "hi", [1, 2], (1,), set(), {}, None]])
print(bool(0), bool(-1), bool(0.0), bool("0"), bool(" "), bool([]), bool([[]]), bool(None), bool(range(0)))
print(str(None), str(True), str(3.0), str([1, "a"]), str("quote's"), repr("quote's"), repr(None))
print(int("7") + 1, float("2") * 2, str(5) + "5", int(float("3.9")), list("ab"), tuple([1]))
print(repr(1.0), repr(10 ** 16 * 1.0), repr(0.1 + 0.7), repr(-3), repr("a\tb"))


class Box:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


print(bool(Box([])), bool(Box([1])), len(Box("abc")), bool(Flag(False)), bool(Flag(True)), bool(Animal()))
if not Box([]):
    print("empty Box is falsy")
print(int(True) + int(False), True * 3, False == 0, True == 1.0, 1 == 1.0 == True)
print(type(3 + 4.0).__name__, type(2 ** 3).__name__, type(2 ** -1).__name__, type("" * 3).__name__)
