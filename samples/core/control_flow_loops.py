"""if/elif/else, for/while with else, break/continue, pass, and nested loops."""


def classify(n: int) -> str:
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2 == 0:
        return "even"
    else:
        return "odd"


def find_first(items: list[int], target: int) -> str:
    for index, value in enumerate(items):
        if value == target:
            result = f"found {target} at {index}"
            break
    else:
        result = f"{target} not found"
    return result


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return True
    return False


print([classify(n) for n in (-5, 0, 4, 7)])
print(find_first([4, 8, 15], 8))
print(find_first([4, 8, 15], 16))
print("primes:", [n for n in range(30) if is_prime(n)])

for n in range(10):
    if n % 2:
        continue
    if n > 6:
        break
    print("even", n, end="; ")
print()

countdown = 3
while countdown:
    print("tick", countdown)
    countdown -= 1
else:
    print("liftoff (while-else runs when the loop ends normally)")

for _ in []:
    print("never")
else:
    print("for-else runs on an empty loop too")

n = 0
while True:
    n += 1
    if n == 2:
        continue
    if n >= 4:
        break
    print("while True iteration", n)

for row in range(3):
    for col in range(3):
        if col > row:
            break
        print(f"({row},{col})", end=" ")
    else:
        pass
print()


class Placeholder:
    pass


def todo():
    pass


print(type(Placeholder()).__name__, todo())
x = 7
label = "big" if x > 5 else "small"
print(label, "nested ternary:", "neg" if x < 0 else "zero" if x == 0 else "pos")
for i in range(3):
    pass
print("range loop left i =", i)
