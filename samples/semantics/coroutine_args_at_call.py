"""A coroutine's arguments are evaluated when it is called, not when it first runs."""
import asyncio


async def show(x):
    print("got", x)
    return x


async def worker(n, items):
    await asyncio.sleep(0)
    return (n, list(items))


class Box:
    def __init__(self):
        self.value = 1

    async def read(self, v):
        return v


def bump(log, v):
    log.append(v)
    return v


async def main():
    x = 1
    c = show(x)
    x = 2
    await c

    items = []
    tasks = []
    for n in range(3):
        items.append(n)
        tasks.append(asyncio.create_task(worker(n, tuple(items))))
    print(await asyncio.gather(*tasks))

    coros = []
    i = 0
    while i < 3:
        coros.append(show(i * 10))
        i += 1
    print(await asyncio.gather(*coros))

    # Arguments are evaluated (and their side effects happen) at the call, in order.
    log = []
    pending = show(bump(log, "a"))
    log.append("after call")
    print(log)
    await pending
    print(log)

    b = Box()
    r = b.read(b.value)
    b.value = 5
    print("method:", await r)

    # An argument that raises does so at the call; the coroutine never exists.
    try:
        c3 = show(1 // 0)
        await c3
    except ZeroDivisionError as e:
        print("raised at call:", e)

    fn = show
    c2 = fn(x)
    x = 99
    await c2
    print(asyncio.iscoroutinefunction(show), asyncio.iscoroutine(c2))


asyncio.run(main())
