"""multiprocessing.Semaphore, BoundedSemaphore and Condition shared with
worker processes: workers count themselves in under a semaphore, then wait
on a condition until another process announces; the results come back
through a queue, sorted so the order does not depend on scheduling."""
import multiprocessing
import time


def worker(sem, cond, lock, counter, results, n):
    with sem:
        with lock:
            counter.value += 1
    with cond:
        seen = cond.wait_for(lambda: counter.value >= 100, timeout=30)
    results.put((n, seen, counter.value))


def announcer(cond, counter):
    with cond:
        counter.value = 100
        cond.notify_all()


if __name__ == '__main__':
    print(multiprocessing.Semaphore(3), multiprocessing.BoundedSemaphore(2))
    print(multiprocessing.Condition(), multiprocessing.Condition(multiprocessing.Lock()))
    sem = multiprocessing.Semaphore(value=2)
    print(sem.get_value())
    bsem = multiprocessing.BoundedSemaphore(1)
    bsem.acquire()
    print(bsem.acquire(False), bsem.acquire(block=False))
    bsem.release()
    try:
        bsem.release()
    except ValueError as e:
        print('ValueError', e)
    print(sem.acquire(timeout=0.05), sem.acquire(timeout=0.05), sem.acquire(timeout=0.05))
    sem.release()
    sem.release()

    cond = multiprocessing.Condition()
    with cond:
        print('notified:', cond.wait(0.05))
        cond.notify()
    try:
        cond.notify()
    except AssertionError as e:
        print('AssertionError', e)
    try:
        cond.wait(0.01)
    except AssertionError as e:
        print('AssertionError', e)

    lock = multiprocessing.Lock()
    counter = multiprocessing.Value('i', 0)
    results = multiprocessing.Queue()
    procs = [multiprocessing.Process(target=worker, args=(sem, cond, lock, counter, results, i)) for i in range(3)]
    for p in procs:
        p.start()
    while counter.value < 3:
        time.sleep(0.01)
    a = multiprocessing.Process(target=announcer, args=(cond, counter))
    a.start()
    a.join()
    print(sorted(results.get() for _ in procs))
    for p in procs:
        p.join()
    print('exit codes', [p.exitcode for p in procs], a.exitcode)
