import concurrent.futures
from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: float

def square(x):
    return x * x

def describe(p):
    return (p.x + 1, p.y * 2, {"k": {1, 2}}, b"ab")

def boom(n):
    if n == 3:
        raise ValueError(f"bad value {n}")
    return n

def main():
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(square, range(6))))
        fut = ex.submit(describe, Point(2, 1.5))
        print(fut.result())
        futs = [ex.submit(boom, i) for i in range(5)]
        for f in futs:
            try:
                print(f.result())
            except ValueError as e:
                print("error:", type(e).__name__, e)
        print(sorted(f.result() for f in concurrent.futures.as_completed([ex.submit(square, i) for i in range(4)])))
        print(list(ex.map(square, range(10), chunksize=3)))

if __name__ == "__main__":
    main()
