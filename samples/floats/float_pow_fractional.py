"""A float to a fractional power: CPython calls the C library's pow(), whose last bit can differ from V8's."""
print(0.9522987198776196 ** 3.8431296485690822)
print(0.6954905805514338 ** 1.02103815618137)
print(2.0 ** 0.5, 4.0 ** 0.5, 10.0 ** -1.5)
