# TCPConnector(limit=n) is a real limit: at most n requests are in flight at
# once, the others wait for a free connection. The server counts how many
# handlers run at the same time.
import asyncio

import aiohttp
from aiohttp import web

state = {"active": 0, "peak": 0}


async def work(request):
    state["active"] += 1
    state["peak"] = max(state["peak"], state["active"])
    await asyncio.sleep(0.4)
    state["active"] -= 1
    return web.json_response({"n": int(request.match_info["n"])})


async def fetch(session, base, n):
    async with session.get(f"{base}/work/{n}") as resp:
        data = await resp.json()
        return data["n"] * 10


async def run_batch(base, connector):
    state["peak"] = 0
    async with aiohttp.ClientSession(connector=connector) as session:
        results = await asyncio.gather(*(fetch(session, base, n) for n in range(6)))
    return results, state["peak"]


async def main():
    app = web.Application()
    app.router.add_get("/work/{n}", work)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    base = f"http://127.0.0.1:{runner.addresses[0][1]}"

    results, peak = await run_batch(base, aiohttp.TCPConnector(limit=2))
    print("limit=2:", results, "peak concurrency", peak)
    results, peak = await run_batch(base, aiohttp.TCPConnector(limit=1))
    print("limit=1:", results, "peak concurrency", peak)
    results, peak = await run_batch(base, aiohttp.TCPConnector(limit=10))
    print("limit=10:", results, "peak concurrency", peak)
    connector = aiohttp.TCPConnector(limit=3)
    print("connector limit attribute:", connector.limit)
    await connector.close()
    await runner.cleanup()


asyncio.run(main())
