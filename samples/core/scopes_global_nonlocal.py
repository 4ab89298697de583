"""global, nonlocal, closures capturing variables, and late binding in loops."""
total = 0


def add_to_total(n):
    global total
    total += n
    return total


def make_counter(start=0):
    count = start

    def step(by=1):
        nonlocal count
        count += by
        return count

    def peek():
        return count

    return step, peek


def make_adders():
    # every lambda sees the final value of i (late binding)
    late = [lambda x: x + i for i in range(3)]
    # a default argument freezes the current value
    early = [lambda x, i=i: x + i for i in range(3)]
    return late, early


def outer():
    x = "outer"

    def middle():
        x = "middle"

        def inner():
            nonlocal x
            x = "changed by inner"
            return x

        inner()
        return x

    return middle(), x


def shadow():
    total = "local total"  # does not touch the global
    return total


print(add_to_total(3), add_to_total(4), total)
step, peek = make_counter(10)
print(step(), step(), step(5), peek())
other_step, other_peek = make_counter()
other_step()
print("independent counters:", peek(), other_peek())

late, early = make_adders()
print("late:", [f(10) for f in late])
print("early:", [f(10) for f in early])

print("nested:", outer())
print("shadow:", shadow(), "| global still:", total)

captured = []
for word in ["a", "b", "c"]:
    def say(w=word):
        return w * 2
    captured.append(say)
print([f() for f in captured])
print("loop var after loop:", word)
