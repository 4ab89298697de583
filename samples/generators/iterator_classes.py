"""Classes implementing __iter__/__next__ (iterators and re-iterable containers), __getitem__ iteration, __contains__."""
from typing import Iterator


class Countdown:
    """An iterator: __iter__ returns self, so it can be consumed only once."""

    def __init__(self, start: int) -> None:
        self.current = start

    def __iter__(self) -> "Countdown":
        return self

    def __next__(self) -> int:
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Playlist:
    """An iterable: each __iter__ call hands out a fresh iterator (a generator)."""

    def __init__(self, *songs: str) -> None:
        self.songs = list(songs)

    def __iter__(self) -> Iterator[str]:
        for i, song in enumerate(self.songs, start=1):
            yield f"{i}. {song}"

    def __len__(self) -> int:
        return len(self.songs)

    def __contains__(self, title: str) -> bool:
        return any(title.lower() == s.lower() for s in self.songs)


class Squares:
    """Old-style iteration through __getitem__ until IndexError."""

    def __init__(self, n: int) -> None:
        self.n = n

    def __getitem__(self, index: int) -> int:
        if index >= self.n:
            raise IndexError(index)
        return index * index


class Fib:
    def __init__(self, limit: int) -> None:
        self.a, self.b, self.limit = 0, 1, limit

    def __iter__(self) -> "Fib":
        return self

    def __next__(self) -> int:
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


c = Countdown(3)
print("for loop:", [n for n in c])
print("second pass is empty (same iterator):", list(c))
c2 = Countdown(2)
print("next():", next(c2), next(c2), next(c2, "done"))

p = Playlist("Intro", "Verse", "Outro")
print("first pass:", list(p))
print("second pass works (fresh iterator):", list(p))
print("len and in:", len(p), "verse" in p, "Bridge" in p)
print("two independent iterators:", list(zip(p, p)))
print("unpacking:", *p)

print("__getitem__ iteration:", list(Squares(5)), 9 in Squares(5), 10 in Squares(5))
print("fib up to 50:", list(Fib(50)), "sum:", sum(Fib(100)))
print("builtins accept custom iterators:", max(Fib(30)), sorted(Countdown(4)), dict(zip(Playlist("a", "b"), Countdown(2))))
print("enumerate over a custom iterator:", list(enumerate(Countdown(2), start=10)))
