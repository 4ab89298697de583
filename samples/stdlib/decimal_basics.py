"""decimal: exact decimal arithmetic keeping exponents, contexts and precision, quantize with rounding modes, sqrt, traps and their messages, formatting."""
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_FLOOR, ROUND_CEILING, InvalidOperation, DivisionByZero
import decimal
a = Decimal("1.10")
b = Decimal("2.20")
print(a + b, a * b, b / a, a - b, repr(a + b), Decimal("0.1") + Decimal("0.2") == Decimal("0.3"))
print(Decimal(0.1), Decimal(10), Decimal(-0.5), Decimal("1E+2"), Decimal("-0"), Decimal("  3.14  "), Decimal((0, (1, 4, 1, 4), -3)))
print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal("0.30"), Decimal("100") / Decimal("4"), Decimal(1) / Decimal(3) * Decimal(3))
print(Decimal("NaN"), Decimal("-Infinity"), Decimal("1e-7"), Decimal("123e10"), Decimal("0.000001"), Decimal("1234567.0"))
print(Decimal("7.325").quantize(Decimal("0.01")), Decimal("7.325").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("2.5").to_integral_value(), Decimal("-2.5").quantize(Decimal("1"), rounding=ROUND_FLOOR))
print(Decimal(-7) // 2, Decimal(-7) % 2, divmod(Decimal(7), Decimal("2.5")), Decimal(2) ** 10, Decimal("1.5") ** 2, Decimal(2) ** -2)
print(a < b, a == 1.1, Decimal("1.5") == 1.5, Decimal(2) == 2, hash(Decimal(2)) == hash(2), sorted([b, a, Decimal(0)]))
print(f"{Decimal('3.14159'):.2f}", f"{Decimal('1234567.891'):,}", f"{Decimal('1234567.891'):,.2f}", f"{Decimal('0.25'):.1%}", f"{Decimal('42'):>8}", format(Decimal("-1.5"), "+.3f"))
print(float(Decimal("1.1")), int(Decimal("-3.9")), round(Decimal("2.675"), 2), round(Decimal("3.5")), round(Decimal("4.5")), abs(Decimal("-1.20")), -Decimal("0"))
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal("123456789") + 0, Decimal(2).sqrt())
with localcontext() as ctx:
    ctx.prec = 3
    ctx.rounding = ROUND_DOWN
    print(Decimal(2) / 3, Decimal("9.999") + 0, getcontext().prec)
print(getcontext().prec, Decimal(2) / 3)
getcontext().prec = 28
try:
    Decimal(1) / 0
except DivisionByZero as e:
    print("DivisionByZero", e, isinstance(e, ZeroDivisionError), isinstance(e, decimal.DecimalException))
try:
    Decimal(0) / 0
except InvalidOperation as e:
    print("InvalidOperation", e)
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", e)
try:
    Decimal(-1).sqrt()
except InvalidOperation as e:
    print("InvalidOperation", e)
try:
    Decimal("1.5") + 1.5
except TypeError as e:
    print("TypeError", e)
getcontext().traps[DivisionByZero] = False
print(Decimal(1) / 0, Decimal(-1) / 0)
print(Decimal("1.30").normalize(), Decimal("120.00").normalize(), Decimal("1.5").as_tuple(), Decimal("1.5").as_integer_ratio(), Decimal("1.23E+5").adjusted())
print(sum([Decimal("0.1")] * 10), Decimal("0.1") * 3, {Decimal(1): "one"}[1])
