"""f-strings: alignment, precision, thousands, padding, bases, percent, conversions, =, nesting."""
name = "Ada"
price = 1234.5678
count = 42
ratio = 0.4567
items = ["x", "y"]

print(f"[{name:>8}] [{name:<8}] [{name:^8}] [{name:*^9}]")
print(f"{price:.2f} {price:.0f} {price:10.1f}| {price:<10.3f}|")
print(f"{price:,} {price:,.2f} {1234567:,} {1234567:_}")
print(f"{count:05d} {count:+d} {-count:05d} {count:>6} {count:<6}|")
print(f"{count:x} {count:X} {count:#x} {count:o} {count:b} {count:08b}")
print(f"{ratio:.1%} {ratio:%} {1:.0%} {0.125:.2%}")
quote, speech = "it's", 'say "hi"'
print(f"{name!r} {name!s} {items!r} {items} {quote!r} {speech!r} {speech}")
print(f"{count=} {name=} {price=:.1f} {items[0]=}")
width, precision = 12, 3
print(f"[{price:{width}.{precision}f}] [{name:>{width}}] [{count:{'^'}{width}}]")
print(f"{3.0} {1e-7} {1e21} {2.5:g} {1234567.0:g} {0.00001234:e} {12345.678:.3e}")
print(f"{True} {None} {True:d} {3.14159:.3} {12:.2f} {7:3d}|")
print(f"{{literal braces}} {{{count}}}")
print(f"{'nested ' + name.upper():>15}")
print(f"{sum(i * i for i in range(4))} {len(items) * 2} {items[-1]!r:>5}")
d = {"k": 1, "v": [1, 2]}
print(f"{d['k']} {d['v'][1]} {d}")
print(f"{-0.0:.1f} {-1.5:+.1f} {2.5:.0f} {3.5:.0f} {0.05:.1f}")
print(f"{'left':<6}|{'right':>7}|{12.5:^9.2f}|")
print(f"{123:=+8d} {-123:=8d} {42:0>5} {42:x<5}")


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        value = self.cents / 100
        return f"${value:{spec or '.2f'}}"

    def __str__(self):
        return f"Money({self.cents})"

    def __repr__(self):
        return f"<Money {self.cents}c>"


m = Money(123456)
print(f"{m} {m:,.1f} {m!s} {m!r}")
rows = [("apple", 3, 0.5), ("kiwi", 12, 0.25), ("mango", 1, 1.75)]
print(f"{'item':<8}{'qty':>5}{'price':>8}{'total':>9}")
for item, qty, unit in rows:
    print(f"{item:<8}{qty:>5}{unit:>8.2f}{qty * unit:>9.2f}")
print(f"{'':-<30}")
multi = (
    f"a={1}"
    f", b={2}"
    ", c=3"
)
print(multi)
