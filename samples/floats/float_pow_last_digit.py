"""A float to a small int power: CPython calls the C library's pow(), V8's ** may round the last bit differently."""
x = -5.0
for _ in range(8):
    x = 10 / 1000 + x
print(repr(x), repr(x ** 3), repr(pow(x, 3)), repr(x * x * x))
