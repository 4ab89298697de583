import atexit


def bad():
    print("bad callback runs")
    raise RuntimeError("in atexit")


def report():
    print("report runs first")


atexit.register(lambda: print("the lambda runs despite bad"))
atexit.register(bad)
atexit.register(report)
print("raising")
raise ValueError("uncaught")
