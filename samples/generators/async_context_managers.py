"""async with: __aenter__/__aexit__ awaiting inside, exception info, suppression, nesting, and cancellation inside the block."""
import asyncio

log: list[str] = []


class Connection:
    opened = 0

    def __init__(self, host: str, swallow: bool = False) -> None:
        self.host = host
        self.swallow = swallow

    async def __aenter__(self) -> "Connection":
        await asyncio.sleep(0.001)
        Connection.opened += 1
        log.append(f"open {self.host}")
        return self

    async def __aexit__(self, exc_type, exc, tb) -> bool:
        await asyncio.sleep(0.001)
        Connection.opened -= 1
        log.append(f"close {self.host} ({exc_type.__name__ if exc_type else 'clean'})")
        return self.swallow

    async def query(self, sql: str) -> str:
        await asyncio.sleep(0.001)
        if "DROP" in sql:
            raise PermissionError(f"refused: {sql}")
        return f"{self.host}: {sql.lower()}"


async def main() -> None:
    async with Connection("db1") as conn:
        print(await conn.query("SELECT 1"))
        print("open connections inside:", Connection.opened)
    print("after the block:", Connection.opened, log)

    log.clear()
    try:
        async with Connection("db2") as conn:
            await conn.query("DROP TABLE users")
    except PermissionError as exc:
        print("propagated:", exc, "|", log)

    log.clear()
    async with Connection("db3", swallow=True) as conn:
        await conn.query("DROP TABLE logs")
        print("not printed")
    print("suppressed by __aexit__ returning True:", log)

    log.clear()
    async with Connection("a") as a, Connection("b") as b:
        print("nested:", await a.query("x"), "/", await b.query("y"))
    print("exit order is reversed:", log)

    log.clear()

    async def long_job() -> None:
        async with Connection("slow"):
            await asyncio.sleep(1)

    task = asyncio.create_task(long_job())
    while not log:  # wait until the connection is open, then cancel mid-block
        await asyncio.sleep(0.001)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print("cancelled inside async with, __aexit__ still ran:", log, "| cancelled:", task.cancelled())

    log.clear()

    async def two_users(name: str, delay: float) -> str:
        async with Connection(name) as c:
            await asyncio.sleep(delay)
            return await c.query("ping")

    print(await asyncio.gather(two_users("u1", 0.01), two_users("u2", 0.002)))
    print("concurrent blocks:", log)

    try:
        with Connection("sync"):  # type: ignore[attr-defined]
            pass
    except (TypeError, AttributeError) as exc:
        print("a plain with needs __enter__:", type(exc).__name__)


asyncio.run(main())
