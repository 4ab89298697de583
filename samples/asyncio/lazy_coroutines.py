"""Coroutines are lazy: calling an async function runs nothing until it is awaited, gathered or wrapped in a task."""
import asyncio
import inspect

log: list[str] = []


async def job(name: str) -> str:
    log.append(f"{name} body starts")
    print(f"  {name}: body starts")
    await asyncio.sleep(0.001)
    print(f"  {name}: body ends")
    return name.upper()


async def main() -> None:
    c = job("single")
    print("coroutine object created; body has not run:", log == [])
    print("is a coroutine:", inspect.iscoroutine(c), asyncio.iscoroutine(c), type(c).__name__)
    print("about to await")
    print("awaited:", await c)

    coros = [job(f"c{i}") for i in range(3)]
    print("made", len(coros), "coroutines; bodies run so far:", len(log))
    results = await asyncio.gather(*coros)
    print("gather results:", results)

    log.clear()
    pending = job("later")
    print("before create_task, log:", log)
    task = asyncio.create_task(pending)
    print("after create_task, still not started:", log)
    await asyncio.sleep(0)
    print("after one loop turn, started:", log)
    print("task result:", await task)

    spent = job("spent")
    await spent
    try:
        await spent
    except RuntimeError as exc:
        print("RuntimeError:", exc)

    never = job("never")
    never.close()  # discard without running, and without a 'never awaited' warning
    print("closed coroutine ran nothing:", "never body starts" not in log)

    def make():
        return job("returned")

    print("plain function returning a coroutine, awaited later:", await make())


asyncio.run(main())
