"""create_task: tasks start only when the creator yields, start in creation order, and carry names."""
import asyncio

events: list[str] = []


async def worker(name: str, delay: float) -> str:
    events.append(f"start {name}")
    await asyncio.sleep(delay)
    events.append(f"end {name}")
    return f"{name}:{delay}"


async def main() -> None:
    t1 = asyncio.create_task(worker("one", 0.03), name="first")
    t2 = asyncio.create_task(worker("two", 0.01), name="second")
    t3 = asyncio.create_task(worker("three", 0.02))
    events.append("main created three tasks")
    print("names:", t1.get_name(), t2.get_name(), t3.get_name().startswith("Task-"))
    print("nothing started yet:", events)

    await asyncio.sleep(0)
    print("after one yield:", events)

    r2 = await t2
    print("awaited second:", r2, "| its end is logged:", "end two" in events)
    r1 = await t1
    print("awaited first:", r1, "| three finished earlier:", t3.done())
    print("awaiting a finished task again returns the same value:", await t3, await t3)
    print("full order:", events)

    events.clear()
    print("a task created inside a task:")

    async def parent() -> str:
        events.append("parent begins")
        child = asyncio.create_task(worker("child", 0.001), name="child")
        events.append("parent created child")
        result = await child
        events.append("parent got child result")
        return result

    p = asyncio.create_task(parent(), name="parent")
    events.append("main created parent")
    print("parent result:", await p)
    print("order:", events)

    events.clear()
    print("tasks created in a loop start in creation order:")
    tasks = [asyncio.create_task(worker(f"w{i}", 0.01 * (5 - i))) for i in range(5)]
    await asyncio.gather(*tasks)
    starts = [e for e in events if e.startswith("start")]
    ends = [e for e in events if e.startswith("end")]
    print("  starts:", starts)
    print("  ends:  ", ends)
    print("  results in creation order:", [t.result() for t in tasks])


asyncio.run(main())
