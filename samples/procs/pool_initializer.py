# Pools whose workers run an initializer first (initializer=, initargs=) and
# are replaced after a number of tasks (maxtasksperchild= / max_tasks_per_child=).
import concurrent.futures as cf
import multiprocessing as mp

PREFIX = "unset"


def setup(prefix, scale):
    global PREFIX, SCALE
    PREFIX = prefix
    SCALE = scale


def label(n):
    return f"{PREFIX}:{n * SCALE}"


def who(n):
    return (n, mp.current_process().name)


def broken_setup():
    raise ValueError("no configuration")


def square(n):
    return n * n


if __name__ == "__main__":
    with mp.Pool(2, initializer=setup, initargs=("pool", 10)) as pool:
        print(pool.map(label, range(5)))
        print(pool.apply(label, (7,)))
    # The initializer ran in the workers only.
    print("main still sees", PREFIX)

    with cf.ProcessPoolExecutor(max_workers=2, initializer=setup, initargs=("exec", 3)) as ex:
        print(list(ex.map(label, [1, 2, 3])))
        print(ex.submit(label, 4).result())

    # One worker, replaced after every two tasks: the names count up.
    with mp.Pool(1, maxtasksperchild=2) as pool:
        names = [name for _, name in pool.map(who, range(6), chunksize=1)]
    print([int(n.rsplit("-", 1)[1]) - int(names[0].rsplit("-", 1)[1]) for n in names])

    with cf.ProcessPoolExecutor(max_workers=1, max_tasks_per_child=3) as ex:
        names = [ex.submit(who, i).result()[1] for i in range(6)]
    print([n.rsplit("-", 1)[0] for n in names][:1], len(set(names)))

    # A worker whose initializer raises breaks the executor.
    with cf.ProcessPoolExecutor(max_workers=1, initializer=broken_setup) as ex:
        try:
            ex.submit(square, 3).result()
        except cf.process.BrokenProcessPool as e:
            print("BrokenProcessPool:", e)

    for bad in (0, -1, 1.5):
        try:
            mp.Pool(1, maxtasksperchild=bad)
        except ValueError as e:
            print("ValueError:", e)
    try:
        mp.Pool(1, initializer="setup")
    except TypeError as e:
        print("TypeError:", e)
    try:
        cf.ProcessPoolExecutor(1, initializer=42)
    except TypeError as e:
        print("TypeError:", e)
    try:
        cf.ProcessPoolExecutor(1, max_tasks_per_child=0)
    except ValueError as e:
        print("ValueError:", e)
