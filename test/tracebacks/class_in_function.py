def make(kind):
    label = kind.upper()

    class Thing:
        name = label
        size = len(name) // 0

    return Thing


print(make("a"))
