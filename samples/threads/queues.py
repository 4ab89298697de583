"""queue: producer/consumer with task_done and join, maxsize, LIFO and priority order, SimpleQueue, Empty and Full."""
import queue
import threading
import time

q = queue.Queue()
processed = []


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        time.sleep(0.01)
        processed.append(item * 2)
        q.task_done()


t = threading.Thread(target=worker)
t.start()
for i in range(5):
    q.put(i)
q.put(None)
q.join()
t.join()
print("processed", processed)
print("empty:", q.empty(), "size:", q.qsize())

try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)

bounded = queue.Queue(maxsize=2)
bounded.put("a")
bounded.put("b")
print("full:", bounded.full())
try:
    bounded.put_nowait("c")
except queue.Full:
    print("Full raised by put_nowait")
try:
    bounded.put("c", timeout=0.02)
except queue.Full:
    print("Full raised after the timeout")


def drain_later():
    time.sleep(0.05)
    print("drained", bounded.get())


d = threading.Thread(target=drain_later)
d.start()
bounded.put("c")  # waits until the other thread makes room
d.join()
print("now holds", [bounded.get(), bounded.get()])

try:
    bounded.get_nowait()
except queue.Empty:
    print("Empty raised by get_nowait")
try:
    bounded.get(timeout=0.02)
except queue.Empty as e:
    print("Empty raised after the timeout", repr(str(e)))

lifo = queue.LifoQueue()
for x in "abc":
    lifo.put(x)
print("lifo:", [lifo.get() for _ in range(3)])

pq = queue.PriorityQueue()
for item in [(3, "low"), (1, "high"), (2, "mid"), (1, "also high")]:
    pq.put(item)
print("priority:", [pq.get() for _ in range(4)])

sq = queue.SimpleQueue()
sq.put(1)
sq.put(2)
print("simple:", sq.get(), sq.get(), sq.empty())

results = queue.Queue()


def square(n):
    time.sleep(0.12 * (4 - n))
    results.put((n, n * n))


ts = [threading.Thread(target=square, args=(n,)) for n in range(4)]
for th in ts:
    th.start()
got = [results.get() for _ in range(4)]
for th in ts:
    th.join()
print("arrival order:", got)
