"""asyncio.wait(return_when=FIRST_COMPLETED): done/pending sets (printed as sorted names), then draining the rest."""
import asyncio


async def job(name: str, delay: float, gate: asyncio.Event | None = None) -> str:
    await asyncio.sleep(delay)
    if gate is not None:
        await gate.wait()
    return f"{name} result"


def names(tasks: set[asyncio.Task]) -> list[str]:
    return sorted(t.get_name() for t in tasks)


async def main() -> None:
    gates = {"A": asyncio.Event(), "B": asyncio.Event()}
    tasks = [
        asyncio.create_task(job("A", 0.001, gates["A"]), name="A"),
        asyncio.create_task(job("B", 0.001, gates["B"]), name="B"),
        asyncio.create_task(job("C", 0.01), name="C"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("types:", type(done).__name__, type(pending).__name__)
    print("first done:", names(done), "pending:", names(pending))
    for t in done:
        print("  ", t.result())

    round_no = 1
    while pending:
        round_no += 1
        gates["A" if round_no == 2 else "B"].set()  # let A, then B, finish
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        print(f"round {round_no}: done {names(done)} pending {names(pending)}")
    print("all results in list order:", [t.result() for t in tasks])

    # tasks that are already finished are returned as done immediately
    finished = asyncio.create_task(job("F", 0), name="F")
    await asyncio.sleep(0.001)
    later = asyncio.create_task(job("L", 1), name="L")
    done, pending = await asyncio.wait({finished, later}, return_when=asyncio.FIRST_COMPLETED)
    print("already-finished task:", names(done), "pending:", names(pending))
    later.cancel()

    # a race: take the winner, cancel the losers
    racers = [asyncio.create_task(job(f"mirror{i}", 0.01 if i == 2 else 1), name=f"mirror{i}") for i in range(3)]
    done, pending = await asyncio.wait(racers, return_when=asyncio.FIRST_COMPLETED)
    winner = done.pop()
    print("winner:", winner.get_name(), "->", winner.result())
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print("losers cancelled:", sorted((t.get_name(), t.cancelled()) for t in pending))

    # the default return_when is ALL_COMPLETED
    more = [asyncio.create_task(job(n, 0.001), name=n) for n in "xyz"]
    done, pending = await asyncio.wait(more)
    print("default waits for all:", names(done), len(pending))

    try:
        await asyncio.wait([])
    except ValueError as exc:
        print("ValueError:", exc)


asyncio.run(main())
