"""Catching CancelledError for cleanup then re-raising, and a task that swallows cancellation."""
import asyncio


async def polite(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("polite: caught cancellation, cleaning up")
        await asyncio.sleep(0.001)
        log.append("polite: re-raising")
        raise
    log.append("polite: never reached")


async def stubborn(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("stubborn: swallowed cancellation")
    await asyncio.sleep(0.001)
    log.append("stubborn: kept going")
    return "stubborn result"


async def guarded(log):
    try:
        await asyncio.sleep(1)
    except Exception as exc:  # CancelledError is a BaseException, not caught here
        log.append(f"guarded: wrongly caught {type(exc).__name__}")
    finally:
        log.append("guarded: finally")


async def main():
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
    log = []
    tasks = {
        "polite": asyncio.create_task(polite(log)),
        "stubborn": asyncio.create_task(stubborn(log)),
        "guarded": asyncio.create_task(guarded(log)),
    }
    await asyncio.sleep(0.005)
    for t in tasks.values():
        t.cancel()
    results = await asyncio.gather(*tasks.values(), return_exceptions=True)
    for name, r in zip(tasks, results):
        if isinstance(r, BaseException):
            print(f"{name:>8}: raised {type(r).__name__}")
        else:
            print(f"{name:>8}: returned {r!r}")
    for line in log:
        print("  ", line)
    print({name: t.cancelled() for name, t in tasks.items()})

    counted = []

    async def retry_on_cancel():
        for attempt in range(3):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                counted.append(attempt)
                if attempt == 2:
                    raise
                asyncio.current_task().uncancel()

    t = asyncio.create_task(retry_on_cancel())
    for _ in range(3):
        await asyncio.sleep(0.001)
        t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled on the third request; attempts seen:", counted)

    try:
        await asyncio.wait_for(stubborn([]), timeout=0.001)
        print("wait_for returned because the task swallowed the cancel")
    except TimeoutError:
        print("wait_for raised TimeoutError")


asyncio.run(main())
