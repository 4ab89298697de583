def apply(f, x):
    return f(x)


def main():
    print(apply(lambda v: v // 0, 3))


main()
