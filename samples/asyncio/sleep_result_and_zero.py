"""asyncio.sleep(delay, result) and sleep(0) giving other tasks one loop turn each."""
import asyncio

log = []


async def stepper(name, steps):
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    log.append(f"{name}-done")


async def timed(name, delay):
    value = await asyncio.sleep(delay, result=f"{name} woke")
    print(value)
    return value


async def main():
    print("sleep returns its result:", await asyncio.sleep(0.001, "hello"))
    print("sleep without result returns:", await asyncio.sleep(0))

    a = asyncio.create_task(stepper("a", 3))
    b = asyncio.create_task(stepper("b", 2))
    c = asyncio.create_task(stepper("c", 4))
    print("tasks created, nothing ran yet:", log)
    await asyncio.sleep(0)
    print("after one sleep(0):", log)
    await asyncio.sleep(0)
    print("after two sleep(0):", log)
    await asyncio.gather(a, b, c)
    print("interleaved:", log)

    # timers fire in deadline order, not creation order
    results = await asyncio.gather(
        timed("slow", 0.03), timed("fast", 0.01), timed("medium", 0.02)
    )
    print("gather keeps argument order:", results)

    log.clear()

    async def ping(n):
        for _ in range(n):
            log.append("ping")
            await asyncio.sleep(0)

    async def pong(n):
        for _ in range(n):
            log.append("pong")
            await asyncio.sleep(0)

    await asyncio.gather(ping(3), pong(3))
    print(" ".join(log))
    negative = await asyncio.sleep(-1, result="negative delay is like zero")
    print(negative)


asyncio.run(main())
