"""as_completed: results arrive in completion order; errors surface per item; timeout raises TimeoutError."""
import asyncio


async def download(name: str, delay: float, fail: bool = False) -> tuple[str, int]:
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(f"{name}: connection reset")
    return name, len(name) * 100


async def main() -> None:
    jobs = [download("alpha", 0.03), download("be", 0.01), download("gamma", 0.02)]
    total = 0
    for position, fut in enumerate(asyncio.as_completed(jobs), start=1):
        name, size = await fut
        total += size
        print(f"#{position}: {name:<6} {size:>4} bytes (running total {total})")

    print("errors are raised when that item is awaited:")
    jobs2 = [download("one", 0.01), download("two", 0.02, fail=True), download("three", 0.03)]
    for fut in asyncio.as_completed(jobs2):
        try:
            name, _ = await fut
            print("  ok", name)
        except ConnectionError as exc:
            print("  failed:", exc)

    print("with a timeout:")
    jobs3 = [download("quick", 0.005), download("sluggish", 1)]
    got = []
    try:
        for fut in asyncio.as_completed(jobs3, timeout=0.5):
            got.append((await fut)[0])
    except asyncio.TimeoutError:
        print("  TimeoutError after collecting", got)
    print("  asyncio.TimeoutError is the builtin TimeoutError:", asyncio.TimeoutError is TimeoutError)

    print("tasks created earlier work too, and already-finished ones come first:")
    done_task = asyncio.create_task(download("early", 0))
    await asyncio.sleep(0.001)
    running = asyncio.create_task(download("late", 0.01))
    order = [(await f)[0] for f in asyncio.as_completed([running, done_task])]
    print("  order:", order)

    print("first result only, cancelling the rest:")
    mirrors = [asyncio.create_task(download(f"m{i}", 0.01 if i == 0 else 1)) for i in range(3)]
    first = await next(iter(asyncio.as_completed(mirrors)))
    for m in mirrors:
        m.cancel()
    await asyncio.gather(*mirrors, return_exceptions=True)
    print("  first:", first, "| cancelled:", [m.cancelled() for m in mirrors])


asyncio.run(main())
