"""Older spellings: new_event_loop/run_until_complete, loop.create_task, ensure_future, loop.call_soon/call_later."""
import asyncio

log: list[str] = []


async def compute(name: str, delay: float) -> int:
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} end")
    return len(name)


async def orchestrate(loop: asyncio.AbstractEventLoop) -> list[int]:
    t1 = loop.create_task(compute("loop-task", 0.02))
    t2 = asyncio.ensure_future(compute("ensured", 0.005))
    print("ensure_future wraps a coroutine in a Task:", isinstance(t2, asyncio.Task))
    same = asyncio.ensure_future(t1)
    print("ensure_future on a task returns the same task:", same is t1)
    fut: asyncio.Future[str] = loop.create_future()
    loop.call_later(0.002, fut.set_result, "future value")
    print("manual future:", await fut)
    return list(await asyncio.gather(t1, t2))


def classic() -> None:
    # the pre-3.7 idiom: fetch the loop, run a coroutine to completion, close it
    loop = asyncio.get_event_loop()
    value = loop.run_until_complete(compute("classic", 0.001))
    print("classic get_event_loop().run_until_complete:", value)
    loop.close()
    asyncio.set_event_loop(None)


def main() -> None:
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        print("run_until_complete returns:", loop.run_until_complete(compute("direct", 0.001)))
        loop.call_soon(log.append, "call_soon callback")
        loop.call_later(0.003, log.append, "call_later callback")
        results = loop.run_until_complete(orchestrate(loop))
        print("results:", results)
        print("loop is running inside? no:", loop.is_running(), "| closed:", loop.is_closed())

        async def running_check() -> bool:
            return asyncio.get_running_loop() is loop and asyncio.get_event_loop() is loop

        print("inside a coroutine the running loop is ours:", loop.run_until_complete(running_check()))
        fut = asyncio.ensure_future(compute("scheduled-before-run", 0.001), loop=loop)
        print("not started until the loop runs:", log[-1] != "scheduled-before-run start")
        loop.run_until_complete(fut)
        print("after running:", fut.result())
    finally:
        loop.close()
    print("closed:", loop.is_closed())
    for line in log:
        print(" ", line)
    try:
        asyncio.get_running_loop()
    except RuntimeError as exc:
        print("RuntimeError outside a loop:", exc)


classic()
main()
