"""Float arithmetic in annotated code: the static types say float."""


def integrate(n: int) -> float:
    total: float = 0.0
    step: float = 1.0 / n
    for i in range(n):
        x: float = (i + 0.5) * step
        total += 4.0 / (1.0 + x * x)
    return total * step


def newton(value: float) -> float:
    guess: float = value / 2.0
    for _ in range(30):
        guess = (guess + value / guess) / 2.0
    return guess


acc = 0.0
for k in range(1, 200_001):
    acc += newton(float(k)) - newton(float(k))
print(round(integrate(3_000_000), 6), acc)
