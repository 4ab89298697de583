"""A ContextVar made after a task started: the task's context was empty at creation, so it sees the default and its set stays its own."""
import asyncio
import contextvars

holder = {}


async def early(ev: asyncio.Event) -> None:
    await ev.wait()
    var = holder["v"]
    print("early sees", var.get("default"))
    var.set("early's")
    print("early set", var.get())


async def main() -> None:
    ev = asyncio.Event()
    t = asyncio.create_task(early(ev))
    await asyncio.sleep(0)
    holder["v"] = contextvars.ContextVar("v")
    holder["v"].set("main's")
    ev.set()
    await t
    print("main sees", holder["v"].get())


asyncio.run(main())

