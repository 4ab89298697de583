"""A regular function that drives the event loop, and the functions calling it, run in order."""
import asyncio


class Service:
    def __init__(self):
        self.loop = asyncio.new_event_loop()
        self.log = []

    async def work(self, n):
        await asyncio.sleep(0)
        self.log.append(n)
        return n * 2

    def run_sync(self, n):
        return self.loop.run_until_complete(self.work(n))

    def run_many(self):
        return [self.run_sync(i) for i in range(3)]

    def close(self):
        self.loop.close()


def helper(svc):
    total = svc.run_sync(10)
    print("helper got", total)
    return total + 1


def main():
    svc = Service()
    print(svc.run_sync(1))
    print(svc.run_many())
    print(helper(svc))
    print(svc.log)
    svc.close()
    print(asyncio.run(Service().work(7)))


if __name__ == "__main__":
    main()
