"""Module-level statements run top to bottom; the __main__ guard runs last."""
print("module body starts")

GREETING = "hello"
counter = 0


def bump(step=1):
    global counter
    counter += step
    return counter


print("name is main:", __name__ == "__main__")
print("counter before:", counter)
bump()
bump(5)
print("counter after module calls:", counter)

if counter > 3:
    LEVEL = "high"
else:
    LEVEL = "low"
print("level chosen at import time:", LEVEL)

for i in range(3):
    squares = i * i
print("loop variable leaks at module level:", i, squares)


def main():
    print(f"{GREETING} from main, counter={counter}")
    total = sum(bump() for _ in range(3))
    print("sum of bumps:", total)
    print("final counter:", counter)


if __name__ == "__main__":
    main()
    print("guard finished")
else:
    print("imported, not run")

print("module body ends")
