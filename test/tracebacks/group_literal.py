def main():
    raise ExceptionGroup("many", [ValueError(1), TypeError("t")])


main()
