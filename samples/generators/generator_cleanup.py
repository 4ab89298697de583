"""When a generator is closed: break out of a loop over a temporary one, GeneratorExit handlers, held generators, yield from."""


def worker(name: str):
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print(f"  {name}: GeneratorExit")
        raise
    finally:
        print(f"  {name}: finally")


print("break out of a loop over a temporary generator closes it at once:")
for x in worker("temp"):
    break
print("after the loop")

print("a generator held in a variable stays suspended after break:")
held = worker("held")
for x in held:
    break
print("  next after the loop:", next(held))
held.close()
print("  closing a finished generator again does nothing:", held.close())

print("an exception in the loop body closes a temporary generator before the handler runs:")
try:
    for x in worker("raising"):
        raise ValueError("body failed")
except ValueError as exc:
    print("caught", exc)


def outer():
    result = yield from worker("inner")
    print("  never reached", result)


print("closing a delegating generator closes the inner one:")
o = outer()
next(o)
o.close()

print("throw() into a delegating generator reaches the inner one:")
d = outer()
next(d)
try:
    d.throw(KeyError("k"))
except KeyError as exc:
    print("  KeyError came back out:", exc)

print("unpacking stops pulling after one item too many, and closes the generator:")
try:
    a, = worker("unpack")
except ValueError as exc:
    print("ValueError:", exc)


def endless():
    n = 0
    while True:
        yield n
        n += 1


first, second = (x for x, _ in zip(endless(), range(2)))
print("zip stops an endless generator:", first, second)

print("next() with a default on an exhausted generator expression:", next((x for x in []), "empty"))
