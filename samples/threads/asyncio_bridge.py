"""A thread pool under asyncio: run_in_executor with a pool of 2 runs at most 2 at once; to_thread with functions that block on a lock and a queue."""
import asyncio
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor

lock = threading.Lock()
running = 0
peak = 0


def job(n):
    global running, peak
    with lock:
        running += 1
        peak = max(peak, running)
    time.sleep(0.05)
    with lock:
        running -= 1
    return n * 10


jobs = queue.Queue()


def consume():
    total = 0
    while True:
        item = jobs.get()
        if item is None:
            return total
        total += item


async def ticker(stop):
    ticks = 0
    while not stop.is_set():
        ticks += 1
        await asyncio.sleep(0.01)
    return ticks


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, job, n) for n in range(5)))
    print(results, "never more than 2 at once:", peak <= 2)

    stop = asyncio.Event()
    tick_task = asyncio.create_task(ticker(stop))
    consumer = asyncio.create_task(asyncio.to_thread(consume))
    for i in range(1, 5):
        jobs.put(i)
        await asyncio.sleep(0.02)
    jobs.put(None)
    print("consumer total", await consumer)
    stop.set()
    print("the loop kept ticking:", await tick_task > 0)


asyncio.run(main())
