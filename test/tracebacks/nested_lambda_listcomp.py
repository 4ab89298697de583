def rows():
    return ["1 2", "3 x", "0 5"]


def main():
    keyed = sorted(rows(), key=lambda r: [int(v) for v in r.split()])
    print(keyed)


main()
