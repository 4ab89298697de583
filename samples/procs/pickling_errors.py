import concurrent.futures
import multiprocessing


def double(x):
    return 2 * x

class Custom(Exception):
    pass

def raise_custom(x):
    raise Custom(f"custom {x}")

def divide(a, b):
    return a / b

top_lambda = lambda x: x


def main():
    def inner(x):
        return x
    with concurrent.futures.ProcessPoolExecutor(2) as ex:
        for f in [inner, lambda x: x]:
            try:
                print(ex.submit(f, 1).result())
            except Exception as e:
                print(type(e).__name__, e)
        for arg in [(x for x in [])]:
            try:
                print(ex.submit(double, arg).result())
            except Exception as e:
                print(type(e).__name__, e)
        try:
            ex.submit(raise_custom, 5).result()
        except Custom as e:
            print("Custom:", e, type(e).__name__)
        try:
            ex.submit(divide, 1, 0).result()
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
        try:
            ex.submit(double).result()
        except TypeError as e:
            print("TypeError:", e)
        fut = ex.submit(divide, 1, 4)
        print(fut.result(), fut.done(), fut.exception())
    try:
        ex.submit(double, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    with multiprocessing.Pool(2) as p:
        try:
            p.map(inner, [1])
        except Exception as e:
            print(type(e).__name__, e)
        try:
            p.apply(divide, (1, 0))
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
    with concurrent.futures.ProcessPoolExecutor(1) as ex:
        try:
            ex.submit(top_lambda, 1).result()
        except Exception as e:
            print(type(e).__name__, str(e).startswith("Can't pickle <function <lambda> at "), str(e).endswith(": attribute lookup <lambda> on __main__ failed"))
    try:
        concurrent.futures.ProcessPoolExecutor(0)
    except ValueError as e:
        print("ValueError:", e)

if __name__ == "__main__":
    main()
