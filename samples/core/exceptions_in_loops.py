"""Exceptions inside loops: continue/break in handlers, finally with continue/break, retries, collecting errors."""
from typing import Callable

records = ["10", "x", "25", "", "7", "-3", "4.5"]
good: list[int] = []
errors: list[str] = []
for raw in records:
    try:
        value = int(raw)
    except ValueError as exc:
        errors.append(f"{raw!r}: {exc}")
        continue
    if value < 0:
        print("negative value, stopping at", value)
        break
    good.append(value)
else:
    print("not printed: the loop was broken")
print("good:", good)
for e in errors:
    print("  error", e)

print("finally runs on continue and break:")
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print(f"  body {i}")
    finally:
        print(f"  finally {i}")

attempts = 0


def flaky() -> str:
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError(f"attempt {attempts} failed")
    return f"succeeded on attempt {attempts}"


def with_retries(fn: Callable[[], str], tries: int) -> str:
    last: Exception | None = None
    for n in range(1, tries + 1):
        try:
            return fn()
        except ConnectionError as exc:
            print(f"  retry {n}: {exc}")
            last = exc
    raise RuntimeError(f"gave up after {tries} tries") from last


print(with_retries(flaky, 5))
attempts = -10
try:
    with_retries(flaky, 2)
except RuntimeError as exc:
    print("RuntimeError:", exc, "| cause:", exc.__cause__)

divisors = [2, 0, "3", 5, None]
results = []
for d in divisors:
    try:
        results.append(100 // d)
    except ZeroDivisionError:
        results.append("div0")
    except TypeError as exc:
        results.append(type(exc).__name__)
print("mixed results:", results)

count = 0
while True:
    count += 1
    try:
        if count % 2:
            raise ValueError(count)
        print("  even iteration", count)
    except ValueError as exc:
        if exc.args[0] > 4:
            break
        continue
    finally:
        print("  cleanup", count)
print("stopped at", count)
