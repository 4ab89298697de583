# A variable that starts as an int and later may hold a float (or anything)
# from a path whose type is unknown: every read must treat it as int-or-float,
# also reads that come before that assignment in the text but run after it
# (a loop body, a branch not taken, a closure, a global bumped by a function).
# Found by the differential tester: `acc -= (16 if s.startswith("a") else
# float(" 7 "))` then `acc * 14` printed -98 instead of -98.0.
import json


def reads_in_loops(flag, values):
    a = 0
    a -= 16 if flag else float(" 7 ")
    print(a * 14, a * 2 + 1, -a)
    b = 0
    for i in range(2):
        print("b", b * 2, b + 1, b > 1)
        b = json.loads("2.0")
    c = 0
    for v in values:
        print("c", c * 3)
        c += v
    d = 0
    while d < 3:
        d = max(d, 2.5) + 1
        print("d", d, d * 2)
    e = 1
    for v in values:
        e = e * v
    print("e", e, e // 1, e % 5)
    return a, b, c, d, e


print(reads_in_loops(False, [1.0, 2.0]))
print(reads_in_loops(True, [1, 2]))


def branch_not_taken():
    x = json.loads("3.0")
    if len("ab") > 5:
        x = 1
    print(x * 2, x - 1, [x] * 2)


branch_not_taken()


def closure_reads_later_value():
    total = 0

    def show():
        return total * 2

    print(show())
    total = json.loads("1.5") + 0.5
    print(show(), total)


closure_reads_later_value()

counter = 0


def bump(step=1):
    global counter
    counter += step
    return counter * 2


print(bump(), bump(0.5), counter, counter * 2)
n = 0
for item in json.loads('[{"p": 2}, {"p": 3.0}]'):
    n += item["p"]
    print(n, n * 1, n - 1)
