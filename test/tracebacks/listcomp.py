def main():
    data = [1, 2, 0]
    out = [10 // d for d in data]
    print(out)


main()
