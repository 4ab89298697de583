"""Unannotated parameters whose calls all pass ints or strs: the translation types them; behaviour must not change."""


def floor_parts(n, d):
    # floor division and modulo of negative ints floor, as in Python
    return n // d, n % d, -n // d, n % -d


def zero_product(a, b):
    # an int product is never -0
    p = a * b
    return p, p / 5, str(p)


def describe(label, count, sep=": "):
    plural = "s" if count != 1 else ""
    return label + sep + str(count) + " item" + plural


def shout(word, times=2):
    return (word.upper() + "!") * times


def truthy(s, n):
    # empty strings and zero are falsy
    return ("s" if s else "-") + ("n" if n else "-")


def depth(n):
    if n <= 0:
        return 0
    return 1 + depth(n - 2)


def halves(x):
    return x / 2, x // 2


def compare(a, b):
    return a < b, a == b, max(a, b), min(a, b)


def outer(k):
    def inner(m):
        return m * k + len("ab")

    return [inner(i) for i in range(k)]


print(floor_parts(7, 2), floor_parts(-7, 2), floor_parts(7, -2))
print(zero_product(0, -3), zero_product(-2, 3))
print(describe("box", 1), describe("box", 0), describe("crate", 12, sep=" = "))
print(shout("hey"), shout("ho", times=0), shout("hi", -1), shout("x", times=3))
print(truthy("", 0), truthy("a", 5), truthy(" ", -1))
print(depth(9), depth(0), depth(-3))
print(halves(4), halves(5), halves(-5))
print(compare(2, 10), compare("2", "10"), compare("b", "a"))
print(outer(3), outer(0))
total = 0
for i in range(5):
    total += i * i
print(describe("squares", total))
print(f"{depth(20):>4}|{describe('pad', 2):<14}|{halves(9)}")
