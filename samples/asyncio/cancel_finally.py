"""Cancellation: CancelledError raised at the await, finally cleanup, catch-and-re-raise, awaiting a cancelled task."""
import asyncio


async def with_finally(log: list[str]) -> str:
    try:
        log.append("working")
        await asyncio.sleep(1)
        log.append("not reached")
        return "finished"
    finally:
        log.append("finally cleanup")


async def catch_and_reraise() -> None:
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("  caught CancelledError inside the task, cleaning up")
        await asyncio.sleep(0.001)  # may still await during cleanup
        print("  cleanup done, re-raising")
        raise


async def swallow() -> str:
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("  swallowing the cancellation")
    return "carried on"


async def main() -> None:
    log: list[str] = []
    t = asyncio.create_task(with_finally(log))
    await asyncio.sleep(0.005)
    print("cancel() returns", t.cancel(), "| done right after cancel():", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting a cancelled task raises CancelledError")
    print("log:", log, "| cancelled():", t.cancelled())
    print("cancel() on a finished task returns", t.cancel())

    t2 = asyncio.create_task(catch_and_reraise())
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("re-raised cancellation reached the awaiter; cancelled():", t2.cancelled())

    t3 = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t3.cancel()
    print("swallowed result:", await t3, "| cancelled():", t3.cancelled())

    log.clear()
    t4 = asyncio.create_task(with_finally(log))
    t4.cancel()  # cancelled before it ever ran
    try:
        await t4
    except asyncio.CancelledError:
        print("cancelled before starting: body never ran, log =", log)

    t5 = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t5.cancel(msg="shutting down")
    try:
        await t5
    except asyncio.CancelledError as exc:
        print("cancel message:", exc.args)

    print("CancelledError is a BaseException, not an Exception:",
          issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))


asyncio.run(main())
