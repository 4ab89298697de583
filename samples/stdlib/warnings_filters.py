"""warnings: warn with categories and stacklevel, filters and their actions, catch_warnings(record=True)."""
import warnings


def show(message, category, filename, lineno, file=None, line=None):
    # The file and line are where the warning points (checked by hand against CPython under `tsyncio run`).
    print(f"warning: {category.__name__}: {message} (line is an int: {isinstance(lineno, int)})")


warnings.showwarning = show


def old_api(x):
    warnings.warn("old_api is deprecated; use new_api", DeprecationWarning, stacklevel=2)
    return x * 2


def helper():
    warnings.warn("helper noticed something")


print("start")
warnings.warn("plain user warning")
helper()
helper()
for i in range(3):
    warnings.warn("in a loop")
print(old_api(2))
warnings.warn("runtime trouble", RuntimeWarning)
warnings.warn(UserWarning("an instance"))
print("filters:", len(warnings.filters))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("first", UserWarning)
    warnings.warn("second", FutureWarning)
    old_api(1)
    print(len(caught), [w.category.__name__ for w in caught], [str(w.message) for w in caught])
    print(caught[0].lineno > 0, type(caught[0].filename).__name__, issubclass(caught[-1].category, DeprecationWarning))
print(len(warnings.filters))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", UserWarning)
    except UserWarning as e:
        print("caught", type(e).__name__, e)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("never shown")

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
        warnings.warn("once only", RuntimeWarning)
    print("once:", len(log))

with warnings.catch_warnings(record=True) as log:
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.filterwarnings("error", category=RuntimeWarning)
    warnings.warn("skip this one")
    warnings.warn("keep this one")
    try:
        warnings.warn("bad", RuntimeWarning)
    except RuntimeWarning as e:
        print("error filter:", e)
    print([str(w.message) for w in log])

print(warnings.formatwarning("msg", UserWarning, "file.py", 12, "  x = 1  "), end="")
print(warnings.formatwarning("msg", DeprecationWarning, "file.py", 3, None), end="")


class MyWarning(UserWarning):
    pass


warnings.warn("custom category", MyWarning)
for bad in [lambda: warnings.warn("x", int), lambda: warnings.warn("x", 3), lambda: warnings.simplefilter("bogus")]:
    try:
        bad()
    except (TypeError, AssertionError) as e:
        print(type(e).__name__, e)
warnings.simplefilter("error")
warnings.warn("uncaught warning as error")
