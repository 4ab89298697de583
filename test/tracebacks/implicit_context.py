def cleanup():
    raise OSError("cleanup failed")


def main():
    try:
        1 / 0
    except ZeroDivisionError:
        cleanup()


main()
