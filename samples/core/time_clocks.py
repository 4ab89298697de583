"""time.monotonic/perf_counter/time: compare durations, never print raw timings."""
import time


def busy_wait(seconds: float) -> int:
    end = time.perf_counter() + seconds
    spins = 0
    while time.perf_counter() < end:
        spins += 1
    return spins


start_mono = time.monotonic()
start_perf = time.perf_counter()
start_wall = time.time()

time.sleep(0.02)
after_sleep = time.monotonic()
slept = after_sleep - start_mono
print("monotonic never goes backwards:", after_sleep >= start_mono)
print("slept at least 20ms:", slept >= 0.019)
print("slept less than half a second:", slept < 0.5)

spins = busy_wait(0.01)
print("busy wait spun at least once:", spins > 0)
perf_elapsed = time.perf_counter() - start_perf
print("perf_counter elapsed in range:", 0.025 < perf_elapsed < 1.0)
print("types:", type(time.monotonic()).__name__, type(time.perf_counter()).__name__)

wall = time.time()
print("wall clock after 2020:", wall > 1_577_836_800)
print("wall clock moved forward:", wall >= start_wall)


class Stopwatch:
    def __init__(self) -> None:
        self.laps: list[float] = []
        self._last = time.perf_counter()

    def lap(self) -> float:
        now = time.perf_counter()
        self.laps.append(now - self._last)
        self._last = now
        return self.laps[-1]


sw = Stopwatch()
delays = (0.002, 0.03, 0.01)
for delay in delays:
    time.sleep(delay)
    sw.lap()
print("laps recorded:", len(sw.laps))
print("all laps positive:", all(lap > 0 for lap in sw.laps))
print("each lap lasted at least its sleep:", all(lap >= d * 0.99 for lap, d in zip(sw.laps, delays)))
print("total under 0.5s:", sum(sw.laps) < 0.5)
deadline = time.monotonic() + 0.03
checks = 0
while time.monotonic() < deadline:
    checks += 1
    time.sleep(0.005)
print("polled several times before the deadline:", 1 <= checks <= 10)
print("total run under a second:", time.monotonic() - start_mono < 1.0)
