"""Cancelling a task interrupts it at its current await; finally blocks still run."""
import asyncio

events: list[str] = []


async def download(name: str, chunks: int) -> str:
    events.append(f"{name}: start")
    try:
        for i in range(chunks):
            await asyncio.sleep(0.02)
            events.append(f"{name}: chunk {i}")
        return f"{name} complete"
    finally:
        events.append(f"{name}: cleanup in finally")


async def main() -> None:
    task = asyncio.create_task(download("big", 10))
    await asyncio.sleep(0.03)
    print("cancel requested:", task.cancel())
    print("done immediately after cancel():", task.done())
    try:
        await task
    except asyncio.CancelledError:
        print("awaiting the cancelled task raised CancelledError")
    print("task.cancelled():", task.cancelled())
    for e in events:
        print("  ", e)

    events.clear()
    early = asyncio.create_task(download("early", 3))
    early.cancel()  # cancelled before it ever started running
    try:
        await early
    except asyncio.CancelledError:
        print("cancelled before start; body never ran:", events == [])

    events.clear()
    finished = asyncio.create_task(download("small", 1))
    print("small ->", await finished)
    print("cancel after completion:", finished.cancel(), finished.cancelled())
    print(events)

    gen_events: list[str] = []

    async def nested_finally() -> None:
        try:
            try:
                await asyncio.sleep(1)
            finally:
                gen_events.append("inner finally")
                await asyncio.sleep(0.001)  # finally may await during cancellation
                gen_events.append("inner finally after await")
        finally:
            gen_events.append("outer finally")

    t = asyncio.create_task(nested_finally())
    await asyncio.sleep(0.001)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(gen_events, t.cancelled())

    t2 = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t2.cancel("stop now")
    try:
        await t2
    except asyncio.CancelledError as exc:
        print("cancel message reaches the awaiter:", exc.args)


asyncio.run(main())
