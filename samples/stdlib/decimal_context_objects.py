"""decimal contexts as objects: create_decimal rounds to the context, flags and traps behave as dicts."""
import decimal

c = decimal.getcontext().copy()
c.prec = 3
pi = c.create_decimal("3.1415")
print("PI    :", pi, repr(c.create_decimal()), c.create_decimal(1.1), c.create_decimal_from_float(0.1))
print("RESULT:", decimal.Decimal("2.01") * pi)

ctx = decimal.Context(prec=5, traps=[decimal.DivisionByZero])
print(ctx.create_decimal("1.234567"), ctx.create_decimal(decimal.Decimal("99999.9")))
print("flags  =")
for f, v in ctx.flags.items():
    print("  {}: {}".format(f, v))
print("traps  =", [f.__name__ for f in ctx.traps if ctx.traps[f]])
print(len(ctx.flags), decimal.Inexact in ctx.flags, ctx.flags.get(decimal.Rounded), ctx.flags.get("x", "-"))
print(list(ctx.traps.values()))
ctx.traps[decimal.Overflow] = True
print(ctx.traps[decimal.Overflow], sorted(k.__name__ for k, v in ctx.traps.items() if v))
print(repr(decimal.Context(prec=9, flags=[decimal.Rounded, decimal.Inexact, decimal.Clamped], traps=[decimal.Overflow, decimal.FloatOperation])))
print(decimal.getcontext().flags)
try:
    ctx.flags["nope"]
except KeyError as e:
    print("KeyError", e.args[0].split(":")[0])
