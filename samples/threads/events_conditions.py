"""Event, Condition (wait, wait_for, notify, notify_all) and Barrier."""
import threading
import time

ready = threading.Event()


released = []


def waiter(name):
    ready.wait()
    released.append(name)


ws = [threading.Thread(target=waiter, args=(f"w{i}",)) for i in range(2)]
for w in ws:
    w.start()
time.sleep(0.1)
print("released before set:", released)
ready.set()
for w in ws:
    w.join()
print("released after set:", sorted(released))
print("is_set:", ready.is_set())
ready.clear()
print("wait with timeout on a clear event:", ready.wait(0.05))

cond = threading.Condition()
items = []


taken = []


def consumer(name):
    with cond:
        cond.wait_for(lambda: len(items) > 0)
        taken.append(items.pop(0))


def producer():
    for i in range(3):
        time.sleep(0.1)
        with cond:
            items.append(i)
            cond.notify()


cs = [threading.Thread(target=consumer, args=(f"c{i}",)) for i in range(3)]
for c in cs:
    c.start()
p = threading.Thread(target=producer)
p.start()
p.join()
for c in cs:
    c.join()
print("consumers took", sorted(taken))

flag = threading.Condition(threading.Lock())
state = {"go": False}


def wait_go(i, out):
    with flag:
        while not state["go"]:
            flag.wait()
        out.append(i)


out = []
gs = [threading.Thread(target=wait_go, args=(i, out)) for i in range(3)]
for g in gs:
    g.start()
time.sleep(0.05)
with flag:
    state["go"] = True
    flag.notify_all()
for g in gs:
    g.join()
print("all woken:", sorted(out))

with cond:
    print("wait times out:", cond.wait(timeout=0.02))
try:
    cond.wait(0.01)
except RuntimeError as e:
    print("RuntimeError:", e)

barrier = threading.Barrier(3)
arrivals = []


def meet(i):
    time.sleep(0.15 * i)
    arrivals.append(i)
    barrier.wait()
    arrivals.append(f"past{i}")


bs = [threading.Thread(target=meet, args=(i,)) for i in range(3)]
for b in bs:
    b.start()
for b in bs:
    b.join()
print(arrivals[:3], sorted(arrivals[3:]))
print("parties:", barrier.parties, "waiting:", barrier.n_waiting, "broken:", barrier.broken)
