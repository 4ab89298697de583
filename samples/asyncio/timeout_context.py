"""asyncio.timeout() and timeout_at(): TimeoutError outside the block, expired(), reschedule(), None, nesting."""
import asyncio


async def slow(label: str, delay: float, log: list[str]) -> str:
    try:
        await asyncio.sleep(delay)
        return label
    except asyncio.CancelledError:
        log.append(f"{label} cancelled inside")
        raise


async def main() -> None:
    log: list[str] = []
    async with asyncio.timeout(0.5) as cm:
        value = await slow("fits", 0.005, log)
    print("inside the limit:", value, "| expired:", cm.expired())

    try:
        async with asyncio.timeout(0.01) as cm:
            await slow("too slow", 1, log)
            print("not reached")
    except TimeoutError:
        print("TimeoutError raised at the end of the block | expired:", cm.expired())
    print("log:", log)

    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("inside the block the task sees CancelledError, not TimeoutError")
                raise
    except TimeoutError:
        print("...which becomes TimeoutError outside")

    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.01
    try:
        async with asyncio.timeout_at(deadline) as cm:
            print("deadline matches:", cm.when() == deadline)
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at fired")

    async with asyncio.timeout(None) as cm:
        print("timeout(None) never fires; when() =", cm.when())
        await asyncio.sleep(0.005)
        cm.reschedule(loop.time() + 0.5)
        print("rescheduled to a real deadline:", cm.when() is not None)
        await asyncio.sleep(0.005)
    print("finished under the rescheduled deadline, expired:", cm.expired())

    try:
        async with asyncio.timeout(0.5) as cm:
            cm.reschedule(loop.time() + 0.005)  # tighten the deadline
            await asyncio.sleep(1)
    except TimeoutError:
        print("a tightened deadline fires early")

    try:
        async with asyncio.timeout(0.02):
            try:
                async with asyncio.timeout(1):
                    await asyncio.sleep(2)
            except TimeoutError:
                print("not printed: the inner timeout did not expire")
    except TimeoutError:
        print("the outer timeout expired through the inner block")

    try:
        async with asyncio.timeout(0.5):
            try:
                async with asyncio.timeout(0.005):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timeout handled inside the outer block")
            print("outer block carries on")
    except TimeoutError:
        print("not printed")

    results = []
    for limit in (0.005, 0.5):
        try:
            async with asyncio.timeout(limit):
                results.append(await slow(f"job@{limit}", 0.02, log))
        except TimeoutError:
            results.append(f"timed out @{limit}")
    print("results:", results)


asyncio.run(main())
