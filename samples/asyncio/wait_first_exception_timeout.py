"""asyncio.wait with FIRST_EXCEPTION and with timeout; wait never raises, it just reports."""
import asyncio


async def job(delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"failed after {delay}")
    return delay


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    tasks = [
        asyncio.create_task(job(0.005), name="ok-fast"),
        asyncio.create_task(job(0.015, fail=True), name="bad"),
        asyncio.create_task(job(0.5), name="ok-slow"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION done:", names(done), "pending:", names(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        exc = t.exception()
        print(f"  {t.get_name()}: {'error ' + repr(exc) if exc else 'result ' + str(t.result())}")
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print("pending were cancelled:", [t.cancelled() for t in pending])

    calm = [asyncio.create_task(job(0.001 * i), name=f"calm{i}") for i in (1, 2)]
    done, pending = await asyncio.wait(calm, return_when=asyncio.FIRST_EXCEPTION)
    print("no exception means wait for all:", names(done), names(pending))

    slow = [
        asyncio.create_task(job(0.005), name="t5"),
        asyncio.create_task(job(0.05), name="t50"),
        asyncio.create_task(job(0.06), name="t60"),
    ]
    done, pending = await asyncio.wait(slow, timeout=0.025)
    print("after timeout done:", names(done), "pending:", names(pending))
    print("timeout does not cancel the pending tasks:", [t.cancelled() for t in slow])
    done, pending = await asyncio.wait(pending, timeout=0.1)
    print("second wait:", names(done), names(pending))

    zero = asyncio.create_task(job(0.02), name="zero")
    done, pending = await asyncio.wait([zero], timeout=0)
    print("timeout=0 returns immediately:", names(done), names(pending))
    await zero

    failing = asyncio.create_task(job(0.001, fail=True), name="failing")
    done, _ = await asyncio.wait([failing])
    print("wait itself did not raise; exception kept on the task:", repr(next(iter(done)).exception()))


asyncio.run(main())
