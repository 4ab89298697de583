"""concurrent.futures.ThreadPoolExecutor: submit, map (order, timeout), the Future API, as_completed, wait, shutdown, with."""
import threading
import time
from concurrent.futures import (
    ALL_COMPLETED,
    FIRST_COMPLETED,
    FIRST_EXCEPTION,
    Future,
    ThreadPoolExecutor,
    TimeoutError,
    as_completed,
    wait,
)


def slow_square(n, delay=0.0):
    time.sleep(delay)
    return n * n


def fail(msg):
    time.sleep(0.01)
    raise ValueError(msg)


with ThreadPoolExecutor(max_workers=3) as pool:
    fut = pool.submit(slow_square, 7)
    print("result:", fut.result())
    print("done:", fut.done(), "cancelled:", fut.cancelled(), "exception:", fut.exception())

    bad = pool.submit(fail, "boom")
    try:
        bad.result()
    except ValueError as e:
        print("result() re-raises:", e)
    print("exception():", repr(bad.exception()))

    print("map keeps order:", list(pool.map(slow_square, [3, 2, 1], [0.06, 0.03, 0.0])))
    for r in pool.map(slow_square, range(4)):
        print("map item", r)

    futs = {pool.submit(slow_square, n, 0.15 * (3 - n)): n for n in range(3)}
    order = [futs[f] for f in as_completed(futs)]
    print("as_completed order:", order)

    late = pool.submit(slow_square, 5, 0.3)
    try:
        late.result(timeout=0.05)
    except TimeoutError:
        print("result(timeout) raised TimeoutError")
    print("late result:", late.result())

    fs = [pool.submit(slow_square, n, 0.15 * n) for n in range(3)]
    done, not_done = wait(fs, return_when=FIRST_COMPLETED)
    print("first completed:", len(done) >= 1, [f.result() for f in done if f is fs[0]])
    done, not_done = wait(fs, return_when=ALL_COMPLETED)
    print("all completed:", len(done), len(not_done))
    fs = [pool.submit(fail, "first"), pool.submit(slow_square, 1, 0.3)]
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    print("first exception:", [repr(f.exception()) for f in done], len(not_done))

names = set()


def whoami(i):
    time.sleep(0.02)
    names.add(threading.current_thread().name.split("_")[-1])
    return i


pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="job")
print(sorted(pool.map(whoami, range(6))))
print("worker threads used:", sorted(names))
pool.shutdown(wait=True)
try:
    pool.submit(whoami, 1)
except RuntimeError as e:
    print("RuntimeError:", e)

callbacks = []
with ThreadPoolExecutor(2) as ex:
    f = ex.submit(slow_square, 4, 0.02)
    f.add_done_callback(lambda fut: callbacks.append(fut.result()))
print("callback saw:", callbacks)

f = Future()
print("cancel a pending future:", f.cancel(), f.cancelled(), f.done())
f2 = Future()
f2.set_result(42)
print("set_result:", f2.result(), f2.cancel())

running = 0
peak = 0
guard = threading.Lock()


def tracked(i):
    global running, peak
    with guard:
        running += 1
        peak = max(peak, running)
    time.sleep(0.03)
    with guard:
        running -= 1
    return i


with ThreadPoolExecutor(max_workers=2) as ex:
    print(list(ex.map(tracked, range(6))))
print("a pool of 2 never ran more than 2 at once:", peak <= 2)
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)
