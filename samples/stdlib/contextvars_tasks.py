"""contextvars with asyncio: each task runs in a copy of its creator's context (gather, create_task,
TaskGroup, context=), while a coroutine awaited directly shares its caller's."""
import asyncio
from contextvars import ContextVar, copy_context

request_id = ContextVar("request_id", default="none")
log = []


async def handler(name, delay):
    request_id.set(name)
    await asyncio.sleep(delay)
    return f"{name} sees {request_id.get()}"


async def read():
    return request_id.get()


async def write(value):
    request_id.set(value)
    return value


async def main():
    print("main starts with", request_id.get())
    request_id.set("main")
    results = await asyncio.gather(handler("a", 0.02), handler("b", 0.01), handler("c", 0))
    print(results)
    print("main still", request_id.get())

    t = asyncio.create_task(read())
    request_id.set("changed after create_task")
    print("task saw the value at its creation:", await t)
    print("a direct await shares the context:", await read())
    await write("written by an awaited coroutine")
    print("and its writes:", request_id.get())
    await asyncio.create_task(write("written by a task"))
    print("a task's writes stay in the task:", request_id.get())

    ctx = copy_context()
    ctx.run(request_id.set, "in ctx")
    print("context= runs the task in it:", await asyncio.create_task(read(), context=ctx))

    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(handler(f"tg{i}", 0.01 * (3 - i))) for i in range(3)]
    print([t.result() for t in tasks], request_id.get())

    loop = asyncio.get_running_loop()
    done = asyncio.Event()

    def callback():
        log.append(request_id.get())
        done.set()

    loop.call_soon(callback)
    await done.wait()
    print("a callback runs in a copy of the context of call_soon:", log)


request_id.set("top")
asyncio.run(main())
print("top after run", request_id.get())
