"""repr() of a task suspended at an await names that await's line, as CPython's coroutine frame does."""
import asyncio


async def work():
    await asyncio.sleep(0.5)
    return 1


async def main():
    task = asyncio.create_task(work(), name="worker")
    print(repr(task).replace(__file__, "FILE"))
    await asyncio.sleep(0)
    print(repr(task).replace(__file__, "FILE"))
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled", task.cancelled())


asyncio.run(main())
