"""gather(return_exceptions=True) puts exceptions in the result list in argument order."""
import asyncio


async def job(n, delay):
    await asyncio.sleep(delay)
    if n == 2:
        raise ValueError(f"job {n} failed")
    if n == 4:
        raise KeyError(n)
    return n * 100


async def cancelled_job():
    await asyncio.sleep(1)


async def main():
    results = await asyncio.gather(
        job(1, 0.01), job(2, 0.005), job(3, 0.015), job(4, 0.001), return_exceptions=True
    )
    for r in results:
        if isinstance(r, Exception):
            print(f"error  {type(r).__name__}: {r}")
        else:
            print(f"value  {r}")
    print("raw list:", results)
    ok = [r for r in results if not isinstance(r, BaseException)]
    errors = [r for r in results if isinstance(r, BaseException)]
    print(f"{len(ok)} ok, {len(errors)} failed, total={sum(ok)}")

    victim = asyncio.create_task(cancelled_job())
    loop_gather = asyncio.gather(victim, job(3, 0.005), return_exceptions=True)
    await asyncio.sleep(0.001)
    victim.cancel()
    mixed = await loop_gather
    print("cancelled child shows up as:", [type(r).__name__ for r in mixed], mixed[1])

    all_bad = await asyncio.gather(job(2, 0), job(4, 0), return_exceptions=True)
    print("all failed:", [repr(e) for e in all_bad])

    async def summarise(*ns):
        outcomes = await asyncio.gather(*(job(n, 0.001 * n) for n in ns), return_exceptions=True)
        return {n: ("fail" if isinstance(o, Exception) else o) for n, o in zip(ns, outcomes)}

    print(await summarise(5, 4, 3, 2, 1))


asyncio.run(main())
