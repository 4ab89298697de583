"""async with on asyncio's own managers: a Lock held in an attribute, a Semaphore parameter, timeout() returning from inside, TaskGroup."""
import asyncio


class Account:
    def __init__(self) -> None:
        self.balance = 0
        self._lock = asyncio.Lock()

    async def deposit(self, n: int) -> None:
        async with self._lock:
            current = self.balance
            await asyncio.sleep(0.001)
            self.balance = current + n

    async def fail(self) -> None:
        async with self._lock:
            raise ValueError("refused")


async def limited(sem: asyncio.Semaphore, name: str, log: list[str]) -> str:
    async with sem:
        log.append(f"{name} in")
        await asyncio.sleep(0.002)
        log.append(f"{name} out")
    return name


async def quick() -> int:
    async with asyncio.timeout(1):
        await asyncio.sleep(0)
        return 42


async def main() -> None:
    acct = Account()
    await asyncio.gather(*(acct.deposit(i) for i in range(5)))
    print("no lost update:", acct.balance)
    try:
        await acct.fail()
    except ValueError as exc:
        print("error inside the lock:", exc, "| released:", not acct._lock.locked())

    log: list[str] = []
    sem = asyncio.Semaphore(2)
    print(await asyncio.gather(*(limited(sem, n, log) for n in "abc")))
    print("at most two inside:", log)

    print("return from inside timeout():", await quick())

    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(asyncio.sleep(0.001 * i, result=i)) for i in range(3)]
    print("task group results:", [t.result() for t in tasks])


asyncio.run(main())
