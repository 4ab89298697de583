"""`except Exception` does not catch CancelledError (a BaseException); broad handlers must not swallow cancellation."""
import asyncio

log: list[str] = []


async def careful_worker() -> None:
    for attempt in range(1, 100):
        try:
            await asyncio.sleep(0.005)
            if attempt % 2:
                raise ConnectionError(f"attempt {attempt}")
            log.append(f"attempt {attempt} ok")
        except Exception as exc:  # handles ordinary errors, lets cancellation through
            log.append(f"retrying after {type(exc).__name__}")


async def greedy_worker() -> str:
    try:
        await asyncio.sleep(1)
    except BaseException as exc:  # catches CancelledError too: cancellation is swallowed
        log.append(f"greedy swallowed {type(exc).__name__}")
    return "greedy kept going"


async def bare_except_worker() -> str:
    try:
        await asyncio.sleep(1)
    except:  # noqa: E722 - a bare except also catches CancelledError
        log.append("bare except caught it and re-raised")
        raise
    return "unreachable"


async def main() -> None:
    t = asyncio.create_task(careful_worker())
    while len(log) < 4:  # let four attempts happen, then cancel mid-sleep
        await asyncio.sleep(0.001)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("careful worker was cancelled despite except Exception")
    print("log:", log)
    print("cancelled:", t.cancelled())

    log.clear()
    g = asyncio.create_task(greedy_worker())
    await asyncio.sleep(0.001)
    g.cancel()
    print("greedy result:", await g, "| cancelled():", g.cancelled(), "| log:", log)

    log.clear()
    b = asyncio.create_task(bare_except_worker())
    await asyncio.sleep(0.001)
    b.cancel()
    results = await asyncio.gather(b, return_exceptions=True)
    print("bare except:", log, [type(r).__name__ for r in results])

    try:
        raise asyncio.CancelledError()
    except Exception:
        print("not printed")
    except BaseException as exc:
        print("only BaseException handlers see it:", type(exc).__name__)

    async def wrapper() -> None:
        try:
            await asyncio.sleep(1)
        except Exception:
            print("not printed either")
        finally:
            log.append("wrapper finally still runs")

    w = asyncio.create_task(wrapper())
    await asyncio.sleep(0)
    w.cancel()
    await asyncio.gather(w, return_exceptions=True)
    print(log[-1], "| cancelled:", w.cancelled())


asyncio.run(main())
