"""TaskGroup: waits for all children; a failing child cancels its siblings; errors arrive as an ExceptionGroup for except*."""
import asyncio

log: list[str] = []


async def child(name: str, delay: float, error: type[Exception] | None = None) -> str:
    try:
        await asyncio.sleep(delay)
        if error is not None:
            log.append(f"{name} raises {error.__name__}")
            raise error(f"{name} went wrong")
        log.append(f"{name} done")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(child("a", 0.02))
        t2 = tg.create_task(child("b", 0.01), name="bee")
        print("inside the block, tasks not started yet:", log)
    print("after the block every task is done:", t1.done() and t2.done(), [t1.result(), t2.result()])
    print("names work as usual:", t2.get_name(), "| log:", log)

    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("slow", 1))
            tg.create_task(child("bad", 0.01, ValueError))
            tg.create_task(child("slower", 2))
    except* ValueError as group:
        print("except* ValueError got:", [str(e) for e in group.exceptions])
    print("siblings were cancelled:", log)

    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("k", 0, KeyError))
            tg.create_task(child("t", 0, TypeError))
            tg.create_task(child("v", 0, ValueError))
            tg.create_task(child("late", 1))
    except* (KeyError, TypeError) as group:
        print("lookup/type handler:", sorted(type(e).__name__ for e in group.exceptions))
    except* ValueError as group:
        print("value handler:", [str(e) for e in group.exceptions])
    print("log:", log)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("x", 0.005, RuntimeError))
    except ExceptionGroup as eg:
        print("plain except ExceptionGroup:", type(eg).__name__, len(eg.exceptions), repr(eg.exceptions[0]))
        print("message:", str(eg))

    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("sibling", 1))
            await asyncio.sleep(0.005)
            raise LookupError("the body itself failed")
    except* LookupError as group:
        print("error in the body cancels the children:", [repr(e) for e in group.exceptions], log)

    try:
        raise ExceptionGroup("batch", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as g:
        print("split by type:", [e.args[0] for e in g.exceptions])
    except* TypeError as g:
        print("and the rest:", [e.args[0] for e in g.exceptions])


asyncio.run(main())
