"""round (banker's rounding), abs, int()/float() parsing, bases, and float repr."""
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(3.14159, 2), round(2.675, 2), round(1234, -2), round(1250, -2), round(7.0))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__)
print(int("42"), int("  -17 "), int("+8"), int("1_000"), int("ff", 16), int("0b101", 0), int("777", 8))
print(float("3.25"), float("  1e3 "), float("-0"), float(".5"), float("inf"), float("-Infinity"))
print(int(2.9), int(-2.9), int(True), float(False))
print(hex(255), oct(8), bin(5), hex(-42))
print(str(12), str(1.0), str(-0.5), repr(1e-7), str(1e100))

for bad in ("4.5", "abc", "", "12a"):
    try:
        int(bad)
    except ValueError as exc:
        print("ValueError:", exc)
try:
    float("one")
except ValueError as exc:
    print("ValueError:", exc)


def parse_amount(text):
    try:
        return int(text)
    except ValueError:
        try:
            return float(text)
        except ValueError:
            return None


print([parse_amount(t) for t in ["10", "2.5", "x", "-3", "1e2"]])
print(abs(-3), abs(-3.25), abs(7))
print(0.1 * 3, 1 / 3 * 3, 2 / 7, 100 / 3)
print(1.0 == 1, 1.5.is_integer(), (4.0).is_integer())
print(round(0.1 + 0.2, 10), round(-2.5), round(3.5))
print(max(int("9"), 10), sorted(["10", "9", "100"], key=int))
print(ord("A"), chr(97), ord("€"), chr(0x263A))
print(f"{int('1010', 2)} {int('z', 36)} {float('1_000.5')}")
