# Shared state done right under threads: read-modify-writes held under a
# lock across a blocking call, loops that wait for another thread by
# blocking (sleep, Event.wait, join), a queue drained without waiting.
# tsyncio reports none of these (no TSY1303/TSY1304) and prints what CPython prints.
import queue
import threading
import time

counter = 0
lock = threading.Lock()


def locked_bump(times):
    global counter
    for _ in range(times):
        with lock:
            value = counter
            time.sleep(0.001)
            counter = value + 1


def acquire_bump(times):
    global counter
    for _ in range(times):
        lock.acquire()
        try:
            value = counter
            time.sleep(0.001)
            counter = value + 1
        finally:
            lock.release()


class Account:
    def __init__(self):
        self.balance = 100
        self.lock = threading.RLock()

    def withdraw(self, amount):
        with self.lock:
            current = self.balance
            time.sleep(0.001)
            if current >= amount:
                self.balance = current - amount
                return True
            return False


def make_tally():
    total = 0
    guard = threading.Lock()

    def add(n):
        nonlocal total
        with guard:
            seen = total
            time.sleep(0.001)
            total = seen + n

    def read():
        return total

    return add, read


ready = False


def set_ready():
    global ready
    time.sleep(0.05)
    ready = True


class Ticker(threading.Thread):
    def __init__(self):
        super().__init__()
        self.stop = threading.Event()
        self.ticks = 0

    def run(self):
        while not self.stop.is_set():
            self.ticks += 1
            self.stop.wait(0.01)


threads = [threading.Thread(target=locked_bump, args=(5,)) for _ in range(3)]
threads += [threading.Thread(target=acquire_bump, args=(5,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter)

account = Account()
results = []
workers = [threading.Thread(target=lambda: results.append(account.withdraw(30))) for _ in range(5)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("withdrawals:", sorted(results), "balance:", account.balance)

add, read = make_tally()
adders = [threading.Thread(target=add, args=(n,)) for n in range(1, 6)]
for a in adders:
    a.start()
for a in adders:
    a.join()
print("tally:", read())

# Polling a flag, but blocking between looks: the setter gets to run.
setter = threading.Thread(target=set_ready)
setter.start()
polls = 0
while not ready:
    time.sleep(0.01)
    polls += 1
print("ready after polling:", polls > 0)

ticker = Ticker()
ticker.start()
time.sleep(0.05)
ticker.stop.set()
while ticker.is_alive():
    ticker.join(0.05)
print("ticker stopped:", ticker.ticks > 0)

q = queue.Queue()
for i in range(5):
    q.put(i * i)
drained = []
while not q.empty():
    drained.append(q.get_nowait())
print("drained:", drained)
