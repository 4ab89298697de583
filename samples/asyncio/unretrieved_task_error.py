"""A failed task nobody awaits only logs 'Task exception was never retrieved' (stderr); the program still exits 0."""
import asyncio

background_tasks: set[asyncio.Task] = set()


async def flaky_job(n: int) -> int:
    await asyncio.sleep(0.001 * n)
    if n == 2:
        raise RuntimeError(f"job {n} blew up")
    print(f"job {n} finished")
    return n


async def main() -> None:
    for n in range(1, 4):
        task = asyncio.create_task(flaky_job(n))
        background_tasks.add(task)
        task.add_done_callback(background_tasks.discard)
    print("fired off 3 jobs without awaiting them")
    await asyncio.wait(list(background_tasks))  # wait() reports but never retrieves the error
    print("main carries on; jobs still tracked:", len(background_tasks))

    observed = asyncio.create_task(flaky_job(2))
    observed.add_done_callback(
        lambda t: print("done callback saw:", repr(t.exception()))
    )
    await asyncio.wait([observed])
    print("retrieving through exception() marks it as handled")
    print("main finishes normally")


asyncio.run(main())
print("exit status is 0")
