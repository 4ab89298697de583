"""asyncio.Barrier: parties wait for each other; wait() returns a unique index; reuse across rounds."""
import asyncio


async def runner(name: str, delay: float, barrier: asyncio.Barrier, log: list[str]) -> int:
    await asyncio.sleep(delay)
    log.append(f"{name} arrived")
    index = await barrier.wait()
    log.append(f"{name} passed")
    return index


async def main() -> None:
    barrier = asyncio.Barrier(3)
    print("parties:", barrier.parties, "waiting:", barrier.n_waiting, "broken:", barrier.broken)
    log: list[str] = []
    indexes = await asyncio.gather(
        runner("r1", 0.03, barrier, log), runner("r2", 0.005, barrier, log), runner("r3", 0.015, barrier, log)
    )
    print(log)
    print("indexes are a permutation of 0..2:", sorted(indexes) == [0, 1, 2])

    rounds: list[str] = []

    async def stepper(name: str) -> None:
        for step in range(2):
            await asyncio.sleep(0.005 * len(name))
            rounds.append(f"{name}:{step}")
            await barrier.wait()

    await asyncio.gather(stepper("a"), stepper("bb"), stepper("ccc"))
    print("no one starts step 1 before all finished step 0:", rounds)
    print("first half is step 0 only:", all(r.endswith(":0") for r in rounds[:3]))

    lonely = asyncio.Barrier(2)

    async def alone() -> None:
        await lonely.wait()

    t = asyncio.create_task(alone())
    await asyncio.sleep(0.002)
    print("one party waiting:", lonely.n_waiting)
    await lonely.abort()
    try:
        await t
    except asyncio.BrokenBarrierError:
        print("abort() breaks the barrier for waiters:", lonely.broken)
    try:
        await lonely.wait()
    except asyncio.BrokenBarrierError:
        print("new waiters fail immediately too")
    await lonely.reset()
    print("reset repairs it:", not lonely.broken)


asyncio.run(main())
