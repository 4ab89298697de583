"""Task state: done/cancelled/result/exception, get_name/set_name, add_done_callback order, current_task, all_tasks."""
import asyncio


async def ok(delay: float) -> int:
    await asyncio.sleep(delay)
    return 42


async def boom() -> None:
    await asyncio.sleep(0.001)
    raise ValueError("boom")


def report(task: asyncio.Task) -> None:
    state = "cancelled" if task.cancelled() else repr(task.exception()) if task.exception() else task.result()
    print(f"  callback for {task.get_name()}: {state}")


async def main() -> None:
    me = asyncio.current_task()
    assert me is not None
    print("current task name starts with Task-:", me.get_name().startswith("Task-"))
    me.set_name("main")
    print("renamed:", asyncio.current_task().get_name())

    t = asyncio.create_task(ok(0.005), name="answer")
    print("fresh task: done", t.done(), "cancelled", t.cancelled())
    try:
        t.result()
    except asyncio.InvalidStateError:
        print("result() before completion: InvalidStateError")
    t.add_done_callback(report)
    t.add_done_callback(lambda task: print("  second callback, result", task.result()))
    await t
    print("after await: done", t.done(), "result", t.result(), "exception", t.exception())
    await asyncio.sleep(0)  # callbacks were scheduled with call_soon and have run by now

    bad = asyncio.create_task(boom(), name="bad")
    bad.add_done_callback(report)
    await asyncio.gather(bad, return_exceptions=True)  # our callback was added first, so it has run
    print("failed task: done", bad.done(), "exception", repr(bad.exception()))
    try:
        bad.result()
    except ValueError as exc:
        print("result() re-raises:", exc)

    slow = asyncio.create_task(ok(1), name="slow")
    slow.add_done_callback(report)
    await asyncio.sleep(0)
    slow.cancel()
    await asyncio.sleep(0)
    print("cancelled task: done", slow.done(), "cancelled", slow.cancelled())
    for method in (slow.result, slow.exception):
        try:
            method()
        except asyncio.CancelledError:
            print(f"{method.__name__}() on a cancelled task raises CancelledError")

    names_seen = []

    async def who() -> None:
        names_seen.append(asyncio.current_task().get_name())
        await asyncio.sleep(0.001)

    extra = [asyncio.create_task(who(), name=f"who-{i}") for i in range(3)]
    await asyncio.sleep(0)
    print("each task sees itself:", names_seen)
    print("all_tasks:", sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.gather(*extra)
    print("after gather:", sorted(t.get_name() for t in asyncio.all_tasks()))


asyncio.run(main())
