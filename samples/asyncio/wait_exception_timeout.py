"""asyncio.wait with FIRST_EXCEPTION, ALL_COMPLETED with failures, and timeout= (which cancels nothing)."""
import asyncio


async def job(name: str, delay: float, fail: bool = False) -> str:
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} broke")
    return name


def names(tasks: set[asyncio.Task]) -> list[str]:
    return sorted(t.get_name() for t in tasks)


def spawn(specs: list[tuple[str, float, bool]]) -> list[asyncio.Task]:
    return [asyncio.create_task(job(n, d, f), name=n) for n, d, f in specs]


async def main() -> None:
    tasks = spawn([("ok1", 0.005, False), ("bad", 0.015, True), ("ok2", 1, False)])
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION: done", names(done), "pending", names(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(f"  {t.get_name()}: exception={t.exception()!r}")
    print("wait does not raise and does not cancel:", [t.cancelled() for t in pending])
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)

    tasks = spawn([("p", 0.005, False), ("q", 0.01, False)])
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION with no failure waits for all:", names(done), names(pending))

    tasks = spawn([("e1", 0.002, True), ("v", 0.004, False), ("e2", 0.006, True)])
    done, pending = await asyncio.wait(tasks, return_when=asyncio.ALL_COMPLETED)
    print("ALL_COMPLETED:", names(done), "pending:", len(pending))
    for t in tasks:
        outcome = f"raised {t.exception()}" if t.exception() else f"returned {t.result()}"
        print(f"  {t.get_name()} {outcome}")

    tasks = spawn([("quick", 0.005, False), ("slow", 1, False), ("slower", 2, False)])
    done, pending = await asyncio.wait(tasks, timeout=0.05)
    print("timeout: done", names(done), "pending", names(pending))
    print("pending tasks keep running after the timeout:", [t.done() or t.cancelled() for t in pending])
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print("cancelled by us:", sorted((t.get_name(), t.cancelled()) for t in pending))

    tasks = spawn([("fine", 0.002, False)])
    done, pending = await asyncio.wait(tasks, timeout=1)
    print("finishing before the timeout returns early:", names(done), names(pending))

    try:
        await asyncio.wait(spawn([("x", 0, False)]), return_when="SOMETIMES")
    except ValueError as exc:
        print("ValueError:", exc)
    await asyncio.sleep(0.001)


asyncio.run(main())
