"""Generator throw() and close(): exceptions at the paused yield, GeneratorExit, finally, and yielding in cleanup."""


def resilient():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except ValueError as exc:
            print(f"  generator handled ValueError({exc}); resetting")
            n = 100


def with_cleanup(name: str):
    print(f"  {name}: open")
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print(f"  {name}: finally (cleanup)")


def notices_close():
    try:
        yield "working"
    except GeneratorExit:
        print("  got GeneratorExit")
        raise


def stubborn():
    try:
        yield "a"
    except GeneratorExit:
        yield "refusing to stop"


g = resilient()
print(next(g), next(g), next(g))
print("throw returns the next yielded value:", g.throw(ValueError("reset")))
print(next(g))
try:
    g.throw(KeyError("unhandled"))
except KeyError as exc:
    print("unhandled throw propagates out:", repr(exc))
try:
    next(g)
except StopIteration:
    print("and the generator is finished")

c = with_cleanup("reader")
print("first:", next(c))
c.close()
print("close() ran finally; closing again is harmless:", c.close())
try:
    next(c)
except StopIteration:
    print("next() after close -> StopIteration")

unstarted = with_cleanup("never-started")
unstarted.close()
print("closing an unstarted generator runs nothing")

n = notices_close()
next(n)
n.close()

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as exc:
    print("RuntimeError:", exc)

t = with_cleanup("thrown")
next(t)
try:
    t.throw(RuntimeError("abort"))
except RuntimeError as exc:
    print("finally ran before the thrown error escaped:", exc)

early = with_cleanup("for-break")
for value in early:
    if value == 2:
        break
print("after break the generator is suspended, not closed; closing explicitly:")
early.close()

fresh = with_cleanup("throw-before-start")
try:
    fresh.throw(ValueError("too early"))
except ValueError:
    print("throw() into an unstarted generator raises at once, without running the body")
