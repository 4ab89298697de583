def check(i):
    if i % 2:
        raise ValueError(i)


def main():
    errors = []
    for i in range(4):
        try:
            check(i)
        except ValueError as e:
            errors.append(e)
    raise ExceptionGroup("odd", errors)


main()
