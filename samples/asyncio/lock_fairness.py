"""asyncio.Lock: mutual exclusion around an await, FIFO hand-off to waiters, locked(), and release errors."""
import asyncio

balance = 100
order: list[str] = []


async def unsafe_withdraw(name: str, amount: int) -> None:
    global balance
    current = balance
    await asyncio.sleep(0.001)  # another task runs here and reads the same balance
    balance = current - amount
    order.append(f"{name}-{amount}")


async def safe_withdraw(lock: asyncio.Lock, name: str, amount: int) -> None:
    global balance
    async with lock:
        current = balance
        await asyncio.sleep(0.001)
        balance = current - amount
        order.append(f"{name}-{amount}")


async def holder(lock: asyncio.Lock, name: str, hold: float) -> None:
    order.append(f"{name} wants")
    async with lock:
        order.append(f"{name} has")
        await asyncio.sleep(hold)
    order.append(f"{name} released")


async def main() -> None:
    global balance
    await asyncio.gather(*(unsafe_withdraw(f"u{i}", 10) for i in range(5)))
    print("without a lock, updates are lost: balance =", balance, order)

    balance, order[:] = 100, []
    lock = asyncio.Lock()
    await asyncio.gather(*(safe_withdraw(lock, f"s{i}", 10) for i in range(5)))
    print("with a lock: balance =", balance, order)

    order.clear()
    await asyncio.gather(holder(lock, "A", 0.005), holder(lock, "B", 0.001), holder(lock, "C", 0))
    print("FIFO hand-off:", order)

    print("locked() outside:", lock.locked())
    await lock.acquire()
    print("locked() after acquire:", lock.locked())
    waiter = asyncio.create_task(holder(lock, "W", 0))
    await asyncio.sleep(0.001)
    print("waiter is blocked:", order[-1])
    lock.release()
    await waiter
    print("after release the waiter ran:", order[-2:])

    try:
        lock.release()
    except RuntimeError as exc:
        print("RuntimeError:", exc)

    try:
        async with lock:
            raise ValueError("inside the critical section")
    except ValueError:
        print("the lock is released on error:", not lock.locked())

    blocked = asyncio.create_task(holder(lock, "X", 0))
    async with lock:
        await asyncio.sleep(0.001)
        blocked.cancel()
    await asyncio.gather(blocked, return_exceptions=True)
    print("a cancelled waiter never gets the lock:", order[-1], "| locked:", lock.locked())


asyncio.run(main())
