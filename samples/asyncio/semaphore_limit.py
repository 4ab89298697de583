"""asyncio.Semaphore limits concurrency (max seen is printed), FIFO admission, locked(), and BoundedSemaphore over-release."""
import asyncio

active = 0
peak = 0
admitted: list[str] = []


async def fetch(sem: asyncio.Semaphore, url: str, delay: float) -> str:
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        admitted.append(url)
        await asyncio.sleep(delay)
        active -= 1
    return f"{url} ok"


async def main() -> None:
    global peak
    sem = asyncio.Semaphore(3)
    urls = [f"/page/{i}" for i in range(10)]
    results = await asyncio.gather(*(fetch(sem, u, 0.002 * (i % 3 + 1)) for i, u in enumerate(urls)))
    print("results in order:", results[:3], "...", len(results), "total")
    print("max concurrency seen:", peak, "(limit 3)")
    print("admission order:", [a.rsplit("/", 1)[1] for a in admitted])

    peak = 0
    one = asyncio.Semaphore(1)
    await asyncio.gather(*(fetch(one, f"/solo/{i}", 0.001) for i in range(4)))
    print("Semaphore(1) behaves like a lock; peak:", peak)

    s = asyncio.Semaphore(2)
    print("locked() with free slots:", s.locked())
    await s.acquire()
    await s.acquire()
    print("locked() when exhausted:", s.locked())
    s.release()
    s.release()
    s.release()  # a plain Semaphore lets the count grow past its start value
    print("over-released plain semaphore allows 3 at once:", await s.acquire(), await s.acquire(), await s.acquire())

    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as exc:
        print("BoundedSemaphore over-release -> ValueError:", exc)

    try:
        asyncio.Semaphore(-1)
    except ValueError as exc:
        print("negative start -> ValueError:", exc)

    gate = asyncio.Semaphore(0)
    order: list[str] = []

    async def wait_turn(name: str) -> None:
        await gate.acquire()
        order.append(name)

    waiters = [asyncio.create_task(wait_turn(n)) for n in "abc"]
    await asyncio.sleep(0.001)
    for _ in range(3):
        gate.release()
    await asyncio.gather(*waiters)
    print("Semaphore(0) as a gate, released FIFO:", order)


asyncio.run(main())
