"""Recursion: factorial, memoised fibonacci, mutual recursion, hanoi, nested lists."""
from functools import lru_cache


def factorial(n: int) -> int:
    return 1 if n <= 1 else n * factorial(n - 1)


@lru_cache(maxsize=None)
def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n: int) -> bool:
    return True if n == 0 else is_odd(n - 1)


def is_odd(n: int) -> bool:
    return False if n == 0 else is_even(n - 1)


def hanoi(n: int, src: str, dst: str, via: str, moves: list[tuple[str, str]]) -> None:
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)


def flatten(items: list) -> list:
    out = []
    for item in items:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out


def depth(items) -> int:
    if not isinstance(items, list):
        return 0
    return 1 + max((depth(x) for x in items), default=0)


def permutations(seq: str) -> list[str]:
    if len(seq) <= 1:
        return [seq]
    result = []
    for i, ch in enumerate(seq):
        for rest in permutations(seq[:i] + seq[i + 1:]):
            result.append(ch + rest)
    return result


print([factorial(n) for n in range(8)])
print("factorial(15) =", factorial(15))
print("fib(50) =", fib(50))
print("is_even(10):", is_even(10), "is_odd(7):", is_odd(7))
moves: list[tuple[str, str]] = []
hanoi(3, "A", "C", "B", moves)
print(len(moves), "moves:", moves)
nested = [1, [2, [3, [4, []]], 5], [[6]]]
print("flatten:", flatten(nested))
print("depth:", depth(nested), depth([]), depth(7))
print("perms:", permutations("abc"))
