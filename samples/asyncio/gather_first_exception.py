"""gather without return_exceptions: the first exception propagates at once while the other children keep running."""
import asyncio

log: list[str] = []


async def step(name: str, delay: float, fail: bool = False, gate: asyncio.Event | None = None) -> str:
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    if gate is not None:
        await gate.wait()  # held back until main says so
    if fail:
        log.append(f"{name} raises")
        raise RuntimeError(f"{name} failed")
    log.append(f"{name} done")
    return name


async def main() -> None:
    gate = asyncio.Event()
    slow = asyncio.create_task(step("slow", 0.001, gate=gate))
    try:
        await asyncio.gather(step("fast", 0.005), step("bad", 0.01, fail=True), slow)
    except RuntimeError as exc:
        print("caught:", exc)
    print("at the moment of the exception:", log)
    print("slow task still running (not cancelled):", not slow.done())
    gate.set()
    print("slow task finishes on its own:", await slow)
    print("full log:", log)

    log.clear()
    try:
        await asyncio.gather(
            step("a", 0.02, fail=True), step("b", 0.01, fail=True), step("c", 0.005)
        )
    except RuntimeError as exc:
        print("the earliest failure wins:", exc)
    await asyncio.sleep(0.03)  # let the remaining child finish (its error is simply dropped)
    print("log:", log)

    log.clear()
    try:
        await asyncio.gather(step("x", 0.001), step("y", 0.002, fail=True))
    except Exception as exc:
        print("catch as Exception:", type(exc).__name__, exc)

    async def sync_raise() -> None:
        raise KeyError("immediate")

    try:
        await asyncio.gather(step("z", 0.005), sync_raise())
    except KeyError as exc:
        print("a child that fails before awaiting:", repr(exc))
    await asyncio.sleep(0.01)
    print("z still completed:", "z done" in log)


asyncio.run(main())
