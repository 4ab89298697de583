import asyncio


class Worker:
    def __init__(self, name):
        self.name = name

    async def run(self, n):
        await asyncio.sleep(0.01 * n)
        return self.check(n)

    def check(self, n):
        if n == 2:
            raise ArithmeticError(f"{self.name} failed on {n}")
        return n


async def main():
    workers = [Worker(f"w{i}") for i in range(3)]
    print(await asyncio.gather(*(w.run(i) for i, w in enumerate(workers))))


asyncio.run(main())
