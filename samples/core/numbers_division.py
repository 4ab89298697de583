"""Arithmetic: true vs floor division, modulo on negatives, power, divmod."""
print(10 / 5, 7 / 2, -7 / 2, 1 / 3, 2 / 3)
print(type(10 / 5).__name__, type(10 // 5).__name__, type(10.0 // 4).__name__)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(7.5, 2))
for a in (-5, -1, 0, 1, 5):
    q, r = divmod(a, 3)
    print(f"{a:>3} = 3 * {q:>2} + {r}", q * 3 + r == a)

print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2, 2 ** 0.5, 4 ** 0.5, 0 ** 0)
print(pow(2, 10), pow(3, 4, 5), pow(2.0, 3))
print(10 * 3, 10 - 3.0, 3 * 1.5, 0.1 + 0.2, 1.1 * 3)
print(1e3, 1.5e-4, 123456789.0, 1e16, 1e22, 12345678901234567.0)
print(3.0, -0.0, 0.1, 100.0, 2.5e-7, 1 / 8)
print(int(3.99), int(-3.99), float(7), 3 + True, True + True)
print(max(2, 3.0), min(-1, -1.0), sum([0.5, 0.25, 1]))
print(abs(-7), abs(3.5), abs(-0.0))
print(float("inf") > 10 ** 300, -float("inf"), float("inf") - float("inf"))

try:
    print(1 / 0)
except ZeroDivisionError as exc:
    print("ZeroDivisionError:", exc)
try:
    print(5 // 0)
except ZeroDivisionError as exc:
    print("ZeroDivisionError:", exc)
try:
    print(5 % 0)
except ZeroDivisionError as exc:
    print("ZeroDivisionError:", exc)
try:
    print(1.0 / 0)
except ZeroDivisionError as exc:
    print("ZeroDivisionError:", exc)

minutes = 135
hours, mins = divmod(minutes, 60)
print(f"{minutes} min = {hours}h{mins:02d}")
print("wrap index:", [(i - 2) % 5 for i in range(5)])
print("average:", sum([1, 2, 3, 4]) / 4, "midpoint:", (3 + 8) // 2)
