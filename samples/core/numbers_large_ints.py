"""Python ints never overflow: results past 2**53 must stay exact."""
print(2 ** 53, 2 ** 53 + 1, 2 ** 64, 2 ** 100)
print(9007199254740993 - 1, 10 ** 20 // 7, 10 ** 20 % 7)
product = 1
for n in range(1, 26):
    product *= n
print("25! =", product)
print("digits:", len(str(product)), "sum of digits:", sum(int(d) for d in str(product)))
print(product // 10 ** 20, product % 1000003)
print(-(2 ** 70) // 3, -(2 ** 70) % 3)
fib = [0, 1]
while len(fib) < 91:
    fib.append(fib[-1] + fib[-2])
print("fib(90) =", fib[90])
print(f"{2 ** 64:,}", f"{2 ** 64:x}", hex(2 ** 72))
print(int("123456789012345678901234567890") + 1)
print(2 ** 64 == 18446744073709551616, 2 ** 64 > 2 ** 63, float(2 ** 64))
print(pow(7, 128, 10 ** 9 + 7))
