"""gather: results in argument order (not completion order), mixed awaitables, return_exceptions=True, empty gather."""
import asyncio

finished: list[str] = []


async def fetch(name: str, delay: float) -> dict[str, object]:
    await asyncio.sleep(delay)
    finished.append(name)
    return {"name": name, "delay_ms": round(delay * 1000)}


async def might_fail(n: int) -> int:
    await asyncio.sleep(0.001 * n)
    if n % 2:
        raise ValueError(f"odd input {n}")
    return n * 10


async def main() -> None:
    results = await asyncio.gather(fetch("users", 0.03), fetch("posts", 0.01), fetch("tags", 0.02))
    print("completion order:", finished)
    for r in results:
        print("  result in argument order:", r)

    print("empty gather:", await asyncio.gather())
    task = asyncio.create_task(fetch("task", 0.001))
    mixed = await asyncio.gather(task, fetch("coro", 0.002), asyncio.sleep(0.001, result="sleep"))
    print("tasks, coroutines and sleeps together:", [m["name"] if isinstance(m, dict) else m for m in mixed])

    outcomes = await asyncio.gather(*(might_fail(n) for n in range(5)), return_exceptions=True)
    print("with return_exceptions:", outcomes)
    for n, item in enumerate(outcomes):
        if isinstance(item, Exception):
            print(f"  {n}: error {type(item).__name__}: {item}")
        else:
            print(f"  {n}: value {item}")

    ok = [o for o in outcomes if not isinstance(o, BaseException)]
    print("successes:", ok, "sum:", sum(ok))

    same = fetch("shared", 0.001)
    try:
        both = await asyncio.gather(same, same)
        print("the same coroutine twice is run once:", [b["name"] for b in both])
    except RuntimeError as exc:
        print("RuntimeError:", exc)

    names = ["a", "b", "c", "d"]
    delays = [0.04, 0.01, 0.03, 0.02]
    finished.clear()
    res = await asyncio.gather(*[fetch(n, d) for n, d in zip(names, delays)])
    print("zip back with inputs:", [(n, r["delay_ms"]) for n, r in zip(names, res)], "finished:", finished)

    async def nested() -> list:
        return await asyncio.gather(might_fail(2), asyncio.gather(might_fail(4), might_fail(0)))

    print("nested gathers:", await nested())


asyncio.run(main())
