"""Cancelling or timing out code inside `async for`: the async generator's finally runs at its own await."""
import asyncio

log: list[str] = []


async def ticks(name: str, delay: float):
    n = 0
    try:
        while True:
            await asyncio.sleep(delay)
            log.append(f"{name} tick {n}")
            yield n
            n += 1
    except asyncio.CancelledError:
        log.append(f"{name} saw CancelledError inside the generator")
        raise
    finally:
        log.append(f"{name} generator finally")


async def consume(name: str, got_three: asyncio.Event) -> list[int]:
    seen: list[int] = []
    try:
        async for n in ticks(name, 0.005):
            seen.append(n)
            if len(seen) == 3:
                got_three.set()
    finally:
        log.append(f"{name} consumer finally with {seen}")
    return seen


async def main() -> None:
    got_three = asyncio.Event()
    task = asyncio.create_task(consume("cancelled", got_three))
    await got_three.wait()
    task.cancel()  # the consumer is now waiting inside the generator's sleep
    try:
        await task
    except asyncio.CancelledError:
        print("consumer task cancelled:", task.cancelled())
    for line in log:
        print("  ", line)

    log.clear()
    try:
        async with asyncio.timeout(0.3):
            async for n in ticks("timed", 0.2):
                log.append(f"body got {n}")
    except TimeoutError:
        print("timeout() turned the cancellation into TimeoutError")
    for line in log:
        print("  ", line)

    log.clear()
    gen = ticks("manual", 0.001)
    print("first values:", await anext(gen), await anext(gen))
    await gen.aclose()
    print("after aclose:", log[-1])
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("a closed async generator raises StopAsyncIteration")

    log.clear()
    held = ticks("held", 0.001)
    handling = asyncio.Event()

    async def slow_body() -> None:
        async for n in held:
            log.append(f"body handling {n}")
            handling.set()
            await asyncio.sleep(1)  # cancelled here, outside the generator

    body = asyncio.create_task(slow_body())
    await handling.wait()
    body.cancel()
    await asyncio.gather(body, return_exceptions=True)
    print("cancelled in the loop body; the generator was not closed:", log)
    await held.aclose()
    print("aclose() runs its finally (GeneratorExit, not CancelledError):", log[-1])


asyncio.run(main())
