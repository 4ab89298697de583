# The HTTP workload: an aiohttp server and a client in one process exchange
# 10,000 requests (JSON in and out), 50 at a time over one session.
import asyncio

import aiohttp
from aiohttp import web

REQUESTS = 10_000
CONCURRENCY = 50


async def add(request):
    body = await request.json()
    return web.json_response({"sum": body["a"] + body["b"], "id": request.match_info["id"]})


async def client(base):
    total = 0
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=CONCURRENCY)) as session:
        async def worker(start):
            nonlocal total
            for i in range(start, REQUESTS, CONCURRENCY):
                async with session.post(f"{base}/add/{i}", json={"a": i, "b": 1}) as resp:
                    data = await resp.json()
                    total += data["sum"]

        await asyncio.gather(*(worker(w) for w in range(CONCURRENCY)))
    return total


async def main():
    app = web.Application()
    app.router.add_post("/add/{id}", add)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    total = await client(f"http://127.0.0.1:{runner.addresses[0][1]}")
    print("requests", REQUESTS, "checksum", total)
    await runner.cleanup()


asyncio.run(main())
