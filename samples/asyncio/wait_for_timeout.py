"""asyncio.wait_for: result within the limit, TimeoutError past it (the inner coroutine is cancelled), timeout=None."""
import asyncio
import time

log: list[str] = []


async def operation(name: str, delay: float) -> str:
    log.append(f"{name} start")
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} finished")
        return f"{name} value"
    except asyncio.CancelledError:
        log.append(f"{name} cancelled by wait_for")
        raise


async def main() -> None:
    print("in time:", await asyncio.wait_for(operation("quick", 0.005), timeout=0.5))

    started = time.monotonic()
    try:
        await asyncio.wait_for(operation("slow", 1.0), timeout=0.02)
    except asyncio.TimeoutError:
        waited = time.monotonic() - started
        print("TimeoutError after about the timeout:", 0.015 < waited < 0.5)
    print("log:", log)

    try:
        await asyncio.wait_for(operation("slow2", 1.0), timeout=0.01)
    except TimeoutError as exc:
        print("caught as builtin TimeoutError:", type(exc).__name__, repr(str(exc)))

    print("timeout=None waits as long as needed:", await asyncio.wait_for(operation("none", 0.01), None))

    task = asyncio.create_task(operation("task", 1.0))
    try:
        await asyncio.wait_for(task, 0.01)
    except asyncio.TimeoutError:
        print("a Task passed to wait_for is cancelled too:", task.cancelled())

    try:
        await asyncio.wait_for(operation("zero", 0.01), timeout=0)
    except asyncio.TimeoutError:
        print("timeout=0 on an unfinished coroutine times out at once")

    async def fails() -> None:
        await asyncio.sleep(0.001)
        raise ValueError("inner failure")

    try:
        await asyncio.wait_for(fails(), timeout=1)
    except ValueError as exc:
        print("inner exceptions pass through unchanged:", repr(exc))

    results = []
    for limit in (0.005, 0.02, 0.5):
        try:
            results.append(await asyncio.wait_for(asyncio.sleep(0.03, result=limit), limit))
        except asyncio.TimeoutError:
            results.append(f"timeout@{limit}")
    print("limits vs a 30 ms job:", results)
    print("final log:", log)


asyncio.run(main())
