def numbers():
    yield 1
    yield 2
    raise ValueError("gen broke")


def main():
    for n in numbers():
        print(n)


main()
