import atexit


def goodbye(name, punctuation="!"):
    print(f"goodbye {name}{punctuation}")


def never():
    print("never printed: unregistered")


@atexit.register
def decorated():
    print("decorated runs last (registered first)")


atexit.register(goodbye, "world")
atexit.register(goodbye, "keywords", punctuation="?")
atexit.register(never)
atexit.register(never)
atexit.unregister(never)
atexit.unregister(print)  # not registered: nothing happens
r = atexit.register(goodbye, "positional", "."); atexit.register(goodbye, **{"name": "splat"})
print(r is goodbye, decorated.__name__)
print("end of the module body")
