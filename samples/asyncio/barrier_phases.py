"""asyncio.Barrier: parties wait for each other each phase; wait() returns arrival index; abort() breaks waiters."""
import asyncio

log: list[str] = []


async def runner(barrier: asyncio.Barrier, name: str, delays: list[float]) -> None:
    for phase, delay in enumerate(delays):
        await asyncio.sleep(delay)
        log.append(f"{name} arrives p{phase}")
        index = await barrier.wait()
        log.append(f"{name} leaves p{phase} (index {index})")


async def main() -> None:
    barrier = asyncio.Barrier(3)
    print("parties:", barrier.parties, "waiting:", barrier.n_waiting, "broken:", barrier.broken)
    await asyncio.gather(
        runner(barrier, "A", [0.002, 0.012]),
        runner(barrier, "B", [0.012, 0.002]),
        runner(barrier, "C", [0.007, 0.007]),
    )
    for line in log:
        print(" ", line)
    arrivals_p0 = [line.split()[0] for line in log if line.endswith("arrives p0")]
    print("phase 0 arrivals:", arrivals_p0)
    leaves_p0 = [line for line in log if "leaves p0" in line]
    first_leave = log.index(leaves_p0[0])
    print("nobody leaves phase 0 before all arrive:", first_leave > max(log.index(f"{n} arrives p0") for n in "ABC"))

    b2 = asyncio.Barrier(2)
    waiting = asyncio.create_task(b2.wait())
    await asyncio.sleep(0.001)
    print("one waiter:", b2.n_waiting)
    await b2.abort()
    try:
        await waiting
    except asyncio.BrokenBarrierError:
        print("abort() breaks the barrier for waiters:", b2.broken)
    try:
        await b2.wait()
    except asyncio.BrokenBarrierError:
        print("new waits fail too while broken")
    await b2.reset()
    print("after reset:", b2.broken, b2.n_waiting)

    async with asyncio.Barrier(1) as position:
        print("a one-party barrier never blocks; async with gives the index:", position)

    b3 = asyncio.Barrier(2)
    try:
        async with asyncio.timeout(0.005):
            await b3.wait()
    except TimeoutError:
        print("a lone waiter times out; barrier state:", "broken" if b3.broken else "ok", b3.n_waiting)


asyncio.run(main())
