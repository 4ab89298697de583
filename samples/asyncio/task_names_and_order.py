"""create_task(name=...), start order, get_name/set_name, current_task and all_tasks."""
import asyncio

order: list[str] = []


async def job(tag: str, delay: float) -> str:
    me = asyncio.current_task()
    assert me is not None
    order.append(f"start {tag} as {me.get_name()}")
    await asyncio.sleep(delay)
    order.append(f"end {tag}")
    return tag


async def main() -> None:
    main_task = asyncio.current_task()
    assert main_task is not None
    main_task.set_name("main")
    print("running in:", main_task.get_name())

    t1 = asyncio.create_task(job("one", 0.02), name="first")
    t2 = asyncio.create_task(job("two", 0.01), name="second")
    t3 = asyncio.create_task(job("three", 0.0))
    print("default name looks like Task-N:", t3.get_name().startswith("Task-"))
    t3.set_name("renamed")
    print("names:", t1.get_name(), t2.get_name(), t3.get_name())
    print("order before yielding:", order)

    others = sorted(t.get_name() for t in asyncio.all_tasks() if t is not main_task)
    print("all_tasks (without main):", others)
    print("main is in all_tasks:", main_task in asyncio.all_tasks())

    await asyncio.sleep(0)
    print("after one yield the tasks started in creation order:")
    for line in order:
        print("  ", line)

    done = await asyncio.gather(t1, t2, t3)
    print("gather results:", done)
    print("finish order:", [line for line in order if line.startswith("end")])
    print("all_tasks after finishing:", [t.get_name() for t in asyncio.all_tasks()])

    async def who_am_i() -> str:
        task = asyncio.current_task()
        return task.get_name() if task else "no task"

    print("awaited coroutine runs in the caller's task:", await who_am_i())
    print("gather wraps coroutines in new tasks:", (await asyncio.gather(who_am_i()))[0] != "main")
    print("explicit task:", await asyncio.create_task(who_am_i(), name="helper"))


print("outside the loop, current_task raises:", end=" ")
try:
    asyncio.current_task()
except RuntimeError:
    print("RuntimeError")
asyncio.run(main())
