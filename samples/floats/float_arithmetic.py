"""Arithmetic keeps float-ness: an int op a float is a float, integral or not."""


def show(*values):
    print(*[repr(v) for v in values])


a = 2.0
b = 3
show(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, b ** -1, -a, +a, abs(-a))
show(divmod(7.0, 2), divmod(7, 2), round(2.5), round(3.0), round(2.675, 2), round(7.0, -1))
show(int(3.0), float(2), float("3"), float(" -4 "), 10 / 5, 4 ** 0.5, 0.1 + 0.2, 3 * 1.0)

total = 0
for v in [0.5, 0.5, 1.0]:
    total += v
show(total)

acc = 0.0
acc += 1
acc *= 3
show(acc, acc / 3, acc - 3, acc == 3, acc != 3, acc > 2)

zero = 0.0
print("zero is", "truthy" if zero else "falsy", not zero, bool(zero), zero or "fallback", zero and "never")
neg_zero = -0.0
show(neg_zero, neg_zero == 0, abs(neg_zero), 0.0 * -1)


def mean(values):
    return sum(values) / len(values)


show(mean([1, 2, 3]), mean([1.5, 2.5]), mean([2, 2.0]))

# Comparisons between ints and floats compare values.
show(1.0 == 1, 2 == 2.0, 1.0 < 2, 2.0 >= 2, sorted([3.0, 1, 2.0, 2.5]), [1.0] * 2)
show(isinstance(2.0, float), isinstance(2.0, int), (2.0).is_integer(), (2.5).as_integer_ratio())
print(f"{2.0} {2.0:.2f} {3.0!r} {7 / 7}", "%s %r %d" % (3.0, 4.0, 5.0), str(1e16), str(2.0))
