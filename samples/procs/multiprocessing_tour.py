import multiprocessing as mp
from multiprocessing import Pool, Process, Queue, Value, Array

def square(x):
    return x * x

def add(a, b):
    return a + b

def fail(x):
    if x == 2:
        raise ValueError("two is bad")
    return x

def producer(q, n):
    for i in range(n):
        q.put((i, f"item-{i}"))
    q.put(None)

def bump(counter, arr, times):
    for _ in range(times):
        with counter.get_lock():
            counter.value += 1
    # Read-modify-write of shared memory needs the lock in both runtimes: the workers really run in parallel.
    with arr.get_lock():
        for i in range(len(arr)):
            arr[i] = arr[i] * 2

def whoami(_):
    return mp.current_process().name.startswith("ForkPoolWorker")

if __name__ == "__main__":
    print(mp.current_process().name)
    with Pool(processes=2) as pool:
        print(pool.map(square, range(10)))
        print(pool.starmap(add, [(1, 2), (3, 4)]))
        print(list(pool.imap(square, [5, 6, 7])))
        print(sorted(pool.imap_unordered(square, [1, 2, 3])))
        r = pool.apply_async(add, (10, 20))
        print(r.get(timeout=30))
        print(pool.apply(square, (9,)))
        print(all(pool.map(whoami, range(4))))
        try:
            pool.map(fail, range(4))
        except ValueError as e:
            print("ValueError:", e)
    q = Queue()
    p = Process(target=producer, args=(q, 3))
    p.start()
    while True:
        item = q.get()
        if item is None:
            break
        print("got", item)
    p.join()
    print("exitcode", p.exitcode)
    counter = Value('i', 0)
    arr = Array('d', [1.0, 2.5, 3.0])
    procs = [Process(target=bump, args=(counter, arr, 50)) for _ in range(2)]
    for pr in procs:
        pr.start()
    for pr in procs:
        pr.join()
    print(counter.value, arr[:])
    bad = Process(target=fail, args=(2,))
    bad.start()
    bad.join()
    print("bad exitcode", bad.exitcode)
    print(mp.cpu_count() >= 1)
