"""Values keep their Python types through generators: floats from unannotated generators, yield from results, iter() over str and dict."""
import itertools
from typing import Iterator


def halves(n: int) -> Iterator[float]:
    for i in range(n):
        yield i / 2


def plain_halves(n):
    for i in range(n):
        yield i / 2


print("annotated and not:", list(halves(3)), list(plain_halves(3)))
print("next and sum:", next(plain_halves(3)), sum(plain_halves(3)))
g = plain_halves(4)
print("comprehension over a held generator:", [x for x in g])

words = iter("abc")
print("iter over a string:", next(words), list(words))
it = iter({"a": 1, "b": 2})
print("iter over a dict gives keys:", next(it), next(it, "end"), next(it, "end"))
print("zip_longest with a generator:", list(itertools.zip_longest(range(2), "xyz", fillvalue="-")))
print("islice of count:", list(itertools.islice(itertools.count(), 2, 8, 2)))


def doubled_reply():
    x = yield 1
    return x * 2


def delegate():
    result = yield from doubled_reply()
    print("  the sub-generator returned", result)
    yield result / 4


d = delegate()
print("send through yield from:", next(d), d.send(21))
e = (c.upper() for c in "hi")
print("genexpr:", type(e).__name__, "".join(e))
print("builtins over genexprs:", sorted(x % 3 for x in range(7)), max((len(w) for w in ["a", "abc"]), default=0))
