# multiprocessing.Queue raises queue.Empty / queue.Full: the very classes of
# the queue module, so `except queue.Empty` catches them.
import multiprocessing
import queue
from queue import Empty, Full


def fill(q, n):
    for i in range(n):
        q.put(i * 10)


if __name__ == "__main__":
    q = multiprocessing.Queue()
    try:
        q.get_nowait()
    except queue.Empty as e:
        print("get_nowait on empty:", type(e).__name__, repr(e))
    try:
        q.get(timeout=0.05)
    except Empty:
        print("get with timeout: Empty")
    try:
        q.get(block=False)
    except Exception as e:
        print("caught as Exception:", isinstance(e, queue.Empty), type(e).__module__)

    p = multiprocessing.Process(target=fill, args=(q, 3))
    p.start()
    p.join()
    got = []
    while True:
        try:
            got.append(q.get(timeout=5))
        except queue.Empty:
            break
        if len(got) == 3:
            break
    print("drained:", got)

    small = multiprocessing.Queue(1)
    small.put("a")
    try:
        small.put_nowait("b")
    except queue.Full as e:
        print("put_nowait on full:", type(e).__name__)
    try:
        small.put("c", timeout=0.05)
    except Full:
        print("put with timeout: Full")
    print("left:", small.get())
