# Giving up on a request: asyncio.wait_for (or task.cancel()) cancels the
# client's request and its connection closes; the server's handler is not
# cancelled by that (aiohttp 3.8) and the session goes on working.
import asyncio

import aiohttp
from aiohttp import web

events = []


async def slow(request):
    events.append("handler started")
    try:
        await asyncio.sleep(3)
        events.append("handler finished")
    except asyncio.CancelledError:
        events.append("handler cancelled")
        raise
    return web.Response(text="late")


async def quick(request):
    return web.Response(text="quick")


async def main():
    app = web.Application()
    app.router.add_get("/slow", slow)
    app.router.add_get("/quick", quick)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    base = f"http://127.0.0.1:{runner.addresses[0][1]}"

    async with aiohttp.ClientSession() as session:
        try:
            await asyncio.wait_for(session.get(base + "/slow"), timeout=0.5)
        except asyncio.TimeoutError:
            print("client gave up")
        await asyncio.sleep(0.5)
        print(events)

        task = asyncio.create_task(session.get(base + "/slow"))
        await asyncio.sleep(0.5)
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            print("request task cancelled:", task.cancelled())
        await asyncio.sleep(0.5)
        print(events)

        # The session still works afterwards.
        async with session.get(base + "/quick") as resp:
            print(resp.status, await resp.text())

    await runner.cleanup()


asyncio.run(main())
