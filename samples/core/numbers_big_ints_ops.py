"""Ints past 2**53 through typed and untyped code: hashing, factorials, powers, modular arithmetic."""
import math


def fnv1a(text: str) -> int:
    h = 0xCBF29CE484222325
    for ch in text:
        h ^= ord(ch)
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def poly_hash(text: str) -> int:
    h = 0
    for c in text:
        h = (h * 31 + ord(c)) & 0xFFFFFFFFFFFFFFFF
    return h


def factorial(n: int) -> int:
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print(fnv1a("hello"), poly_hash("the quick brown fox"))
print(factorial(30), math.factorial(30), factorial(30) == math.factorial(30))
print(math.comb(100, 50), math.perm(30, 20), math.isqrt(10 ** 40 + 12345))
print(fib(100), fib(100) % 1000000007, fib(100) // fib(99))
print(pow(3, 200, 10 ** 30 + 57), pow(2 ** 70, 3, 10 ** 9 + 7), pow(12345678901234567890, -1, 1000000007))
big = 2 ** 80
values = [big, -big, big + 1, big - 1, big * big, -(big // 3), big % 1000, divmod(big, 7), abs(-big)]
print(values)
print(big > 2 ** 79, big < 1.5 * 2 ** 80, big == 2.0 ** 80, big / 2 ** 78, big // 2 ** 78, hash(big) == hash(2 ** 80))
print(sum([big, big, 1]), max(big, 3), min(-big, 3), sorted([big, 1, -big, 2 ** 53]), str(big)[-5:], int(str(big)) == big)
print(f"{big:,} {big:x} {big:>30} {-big:_d}", hex(big), bin(2 ** 60 + 1), oct(big))
print(int(1e20), int(-1.5e30), float(big), round(big), round(123456789012345678901, -5), -~big)
d = {big: "big", 2 ** 53: "edge"}
print(d[2 ** 80], d[2 ** 53], big in d, (big - 1) in d, 2 ** 53 + 1 - 1 in d)
n = 1
steps = 0
while n < 10 ** 30:
    n *= 3
    steps += 1
print(n, steps, n.bit_length(), (n - 1) * (n + 1) == n * n - 1)
total = 0
for k in range(1, 40):
    total += k ** 12
print(total, total - 10 ** 20, -total)
x = 2 ** 53
print(x + 1, x + 2, 9007199254740993, 9007199254740993 * 3, 0x1_0000_0000_0000_0000)
