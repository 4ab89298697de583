import asyncio
import concurrent.futures

def cpu(n):
    total = 0
    for i in range(n):
        total += i * i
    return total

def fail(n):
    raise KeyError(n)

async def ticker(events):
    for i in range(3):
        events.append(i)
        await asyncio.sleep(0)

async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as pool:
        events = []
        results = await asyncio.gather(
            loop.run_in_executor(pool, cpu, 1000),
            loop.run_in_executor(pool, cpu, 2000),
            ticker(events),
        )
        print(results[:2], events)
        try:
            await loop.run_in_executor(pool, fail, "missing")
        except KeyError as e:
            print("KeyError", e)
    print("done")

asyncio.run(main())
