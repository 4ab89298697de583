def add(a, b):
    return a + b


def format(value, width=6):
    return f"[{value:>{width}}]"


def mul(xs):
    total = 1
    for x in xs:
        total *= x
    return total


class tuple_box:
    def __init__(self, *items):
        self.items = items

    def __repr__(self):
        return f"tuple_box{self.items!r}"


# A program's own functions may share names with the translator's helpers;
# each call must reach the program's function (the file starts with a def on purpose).
print(add(2, 3), add("a", "b"), add([1], [2]))
print(format("x"), format(42, 4))
print(mul([2, 3, 4]), 2 * 3)
print(tuple_box(1, "two"))
