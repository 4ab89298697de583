import os
import concurrent.futures
from concurrent.futures.process import BrokenProcessPool

def die(code):
    os._exit(code)

def ok(x):
    return x + 1

def main():
    with concurrent.futures.ProcessPoolExecutor(max_workers=1) as ex:
        print(ex.submit(ok, 1).result())
        fut = ex.submit(die, 3)
        try:
            fut.result()
        except BrokenProcessPool as e:
            print("BrokenProcessPool:", e)
        try:
            ex.submit(ok, 2)
        except BrokenProcessPool as e:
            print("BrokenProcessPool:", e)

if __name__ == "__main__":
    main()


def leave(code):
    import sys
    sys.exit(code)


def processes():
    import multiprocessing
    for target, arg in [(die, 4), (leave, 2), (leave, None), (ok, 1)]:
        p = multiprocessing.Process(target=target, args=(arg,))
        p.start()
        p.join()
        print(target.__name__, arg, "exitcode", p.exitcode)


if __name__ == "__main__":
    processes()
