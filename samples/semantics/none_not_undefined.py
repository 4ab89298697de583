"""Values a generator receives, and other places JavaScript would hand over undefined, are None."""
import json


def echo():
    received = []
    while True:
        x = yield len(received)
        received.append(x)
        print("received", x, x is None, x == None)
        if len(received) == 3:
            return received


def main():
    g = echo()
    print(next(g))
    print(next(g))
    print(g.send(5))
    try:
        next(g)
    except StopIteration as e:
        print("done", e.value)

    def gen2():
        v = yield
        print("v is None:", v is None, repr(v))
        w = yield v
        print("w:", w)

    h = gen2()
    print(next(h))
    print(h.send(None))
    for _ in range(1):
        try:
            h.send("x")
        except StopIteration:
            print("stopped")

    def nothing():
        pass

    r = nothing()
    print(r, r is None, [r], {"k": r})
    print(type(r).__name__, str(r), repr(r), r or "default", json.dumps([r, {"k": r}]), isinstance(r, type(None)), r != None, r is not None)
    print(sorted([3, 1], key=lambda v: (nothing(), v)) == [1, 3], {r: 1}.get(None), None in [r], [r].count(None), (r,) == (None,))
    d = {}
    print(d.get("missing"), d.get("missing") is None)
    items = [1, 2]
    print(items.sort(), items.append(3), items.reverse(), items)
    print(print("inner") is None)
    s = set()
    print(s.add(1), s.discard(1), d.update({}), d.clear())
    it = iter([])
    print(next(it, None), next(iter([]), None) is None)

    def yields_bare():
        yield
        yield

    print(list(yields_bare()))


main()
