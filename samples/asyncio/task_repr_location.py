"""repr(task) says where the coroutine is: `running at file:line` before it starts, `done, defined at file:line` after."""
import asyncio
import functools


def show(task):
    # The path differs between runs: print it relative to this file.
    print(repr(task).replace(__file__, "FILE"))


def traced(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        return fn(*args)
    return wrapper


async def worker(n):
    await asyncio.sleep(0.01)
    return n * 3


async def failing():
    raise ValueError("boom")


@traced
async def decorated():
    return "ok"


async def main():
    t = asyncio.create_task(worker(1))
    show(t)
    t.cancel()
    show(t)
    t2 = asyncio.create_task(worker(2), name="second")
    await t2
    show(t2)
    try:
        await t
    except asyncio.CancelledError:
        pass
    show(t)
    t3 = asyncio.create_task(failing())
    await asyncio.sleep(0)
    show(t3)
    t3.exception()
    t4 = asyncio.create_task(decorated())
    show(t4)
    await t4
    show(t4)
    fut = asyncio.get_running_loop().create_future()
    print(repr(fut))

    async def wait_on(f):
        return await f

    waiter = asyncio.create_task(wait_on(fut))
    await asyncio.sleep(0)
    print(repr(fut))
    fut.set_result(1)
    print(await waiter)


asyncio.run(main())
