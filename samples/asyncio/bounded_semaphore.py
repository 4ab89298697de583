"""asyncio.BoundedSemaphore: releasing more than acquired raises ValueError."""
import asyncio


HOLD = {"a": 0.005, "b": 0.03, "c": 0.01, "d": 0.005}
inside = []
peak = 0


async def use(pool, name, log):
    global peak
    async with pool:
        log.append(name)
        inside.append(name)
        peak = max(peak, len(inside))
        await asyncio.sleep(HOLD[name])
        inside.remove(name)


async def main():
    pool = asyncio.BoundedSemaphore(2)
    log = []
    await asyncio.gather(*(use(pool, n, log) for n in ["a", "b", "c", "d"]))
    print("admitted in request order:", log, "| most inside at once:", peak)
    print("locked after all done:", pool.locked(), "| nobody left inside:", inside)

    try:
        pool.release()
    except ValueError as exc:
        print("over-release -> ValueError:", exc)

    await pool.acquire()
    pool.release()
    try:
        pool.release()
    except ValueError:
        print("second release of a single acquire -> ValueError")

    plain = asyncio.Semaphore(1)
    plain.release()
    print("a plain Semaphore accepts the extra release:", not plain.locked())

    async def careful(n):
        acquired = False
        try:
            await asyncio.wait_for(pool.acquire(), timeout=0.005)
            acquired = True
            await asyncio.sleep(0.03)
            return f"job{n} ran"
        except TimeoutError:
            return f"job{n} gave up"
        finally:
            if acquired:
                pool.release()

    print(await asyncio.gather(*(careful(n) for n in range(4))))
    print("pool intact:", not pool.locked())
    try:
        pool.release()
    except ValueError:
        print("still bounded at its initial value")


asyncio.run(main())
