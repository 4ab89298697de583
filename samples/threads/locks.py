"""Lock, RLock and Semaphore between threads that sleep while holding or waiting for them."""
import threading
import time

lock = threading.Lock()
log = []


def critical(name, hold):
    with lock:
        log.append(f"{name} in")
        time.sleep(hold)
        log.append(f"{name} out")


workers = [threading.Thread(target=critical, args=(f"w{i}", 0.05)) for i in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
# Whoever got the lock first, each thread left before the next one came in.
print(len(log), all(log[i].split()[0] == log[i + 1].split()[0] for i in range(0, len(log), 2)))
print("locked after all:", lock.locked())

print("acquire free:", lock.acquire())
print("non-blocking acquire of a held lock:", lock.acquire(blocking=False))
print("timed acquire of a held lock:", lock.acquire(timeout=0.05))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

rlock = threading.RLock()


def reenter(depth):
    with rlock:
        if depth > 0:
            reenter(depth - 1)
        else:
            print("reentered three times")


reenter(2)
try:
    rlock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

sem = threading.Semaphore(2)
inside = 0
peak = 0
guard = threading.Lock()


def limited(i):
    global inside, peak
    with sem:
        with guard:
            inside += 1
            peak = max(peak, inside)
        time.sleep(0.1)
        with guard:
            inside -= 1


ts = [threading.Thread(target=limited, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("never more than 2 inside the semaphore:", peak <= 2)

bounded = threading.BoundedSemaphore(1)
bounded.acquire()
bounded.release()
try:
    bounded.release()
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
