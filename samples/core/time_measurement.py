"""time.monotonic/perf_counter/time: monotonic increase, elapsed comparisons, a tiny stopwatch (no raw timings printed)."""
import time


class Stopwatch:
    def __init__(self) -> None:
        self.laps: list[float] = []
        self._start = time.perf_counter()

    def lap(self) -> float:
        now = time.perf_counter()
        self.laps.append(now - self._start)
        self._start = now
        return self.laps[-1]

    def __enter__(self) -> "Stopwatch":
        self._start = time.perf_counter()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.lap()


a = time.monotonic()
b = time.monotonic()
print("monotonic never goes back:", b >= a, type(a).__name__)
p1 = time.perf_counter()
p2 = time.perf_counter()
print("perf_counter never goes back:", p2 >= p1, type(p1).__name__)
print("wall clock is after 2020:", time.time() > 1577836800)
print("perf_counter_ns is an int:", type(time.perf_counter_ns()).__name__)

start = time.monotonic()
time.sleep(0.02)
elapsed = time.monotonic() - start
print("slept at least 20 ms:", elapsed >= 0.019, "| well under a second:", elapsed < 0.5)

start = time.perf_counter()
total = sum(i * i for i in range(20000))
busy = time.perf_counter() - start
print("busy loop result:", total, "| took less than 0.5 s:", busy < 0.5)

with Stopwatch() as sw:
    time.sleep(0.01)
print("stopwatch laps:", len(sw.laps), "| lap >= 10 ms:", sw.laps[0] >= 0.009)
sw.lap()
time.sleep(0.005)
second = sw.lap()
print("later lap measured:", len(sw.laps), second >= 0.004, second < 0.5)

deadline = time.monotonic() + 0.03
ticks = 0
while time.monotonic() < deadline:
    ticks += 1
    time.sleep(0.01)
print("loop until deadline ran a few times:", 1 <= ticks <= 4, "| past deadline:", time.monotonic() >= deadline)


def timed(fn):
    def wrapper(*args):
        t0 = time.perf_counter()
        result = fn(*args)
        took = time.perf_counter() - t0
        print(f"  {fn.__name__}{args} -> {result} (under half a second: {took < 0.5})")
        return result
    return wrapper


@timed
def slow_add(x: int, y: int) -> int:
    time.sleep(0.005)
    return x + y


slow_add(2, 3)
print("elapsed comparisons are floats:", isinstance(busy, float), busy >= 0)
