import asyncio
import logging


async def flaky(n):
    await asyncio.sleep(0)
    raise ConnectionError(f"attempt {n} refused")


def report(n, e):
    logging.exception("attempt %d failed", n, exc_info=e)


async def retry(times):
    for n in range(times):
        try:
            return await asyncio.wait_for(flaky(n), timeout=5)
        except ConnectionError as e:
            if n == 0:
                logging.exception("attempt %d failed", n)
            else:
                report(n, e)
    return None


async def main():
    print(await retry(2))


asyncio.run(main())
