"""with forms: parenthesized managers, a subscript as target, several async managers, AsyncExitStack callbacks, asyncio.Lock released on error."""
import asyncio
from contextlib import asynccontextmanager, AsyncExitStack, contextmanager

class CM:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print("enter", self.n); return self.n
    def __exit__(self, *a):
        print("exit", self.n, a[0].__name__ if a[0] else None)
        return False

with (CM(1) as a, CM(2) as b):
    print(a, b)

items = {}
with CM(3) as items["k"]:
    pass
print(items)

@asynccontextmanager
async def res(name):
    print("open", name)
    try:
        yield name
    finally:
        print("close", name)

async def main():
    async with res("x") as x, res("y") as y:
        print(x, y)
    async with AsyncExitStack() as st:
        for n in "ab":
            await st.enter_async_context(res(n))
        st.push_async_callback(asyncio.sleep, 0)
        print("stack full")
    try:
        async with res("err"):
            raise KeyError("k")
    except KeyError as e:
        print("caught", repr(e))
    lock = asyncio.Lock()
    async def crit(i):
        async with lock:
            print("in", i, lock.locked())
            await asyncio.sleep(0.001)
        return i
    print(await asyncio.gather(*(crit(i) for i in range(3))))
    try:
        async with lock:
            raise ValueError("inside lock")
    except ValueError:
        print("lock released after error:", lock.locked())

asyncio.run(main())
