# What goes wrong over HTTP, and the exceptions aiohttp raises for it:
# connection refused, a server that breaks off mid-body, a timeout, a body
# that is not JSON, raise_for_status, and the server's own 404/405/500.
import asyncio

import aiohttp
from aiohttp import web


async def plain(request):
    return web.Response(text="not json")


async def slow(request):
    await asyncio.sleep(2)
    return web.Response(text="too late")


async def cut(request):
    resp = web.StreamResponse()
    resp.content_length = 100
    await resp.prepare(request)
    await resp.write(b"only part of it")
    request.transport.close()
    return resp


async def missing(request):
    raise web.HTTPNotFound(text="no such thing")


async def forbidden(request):
    raise web.HTTPForbidden()


async def broken(request):
    raise ValueError("handler bug")


def without_port(text, port):
    return str(text).replace(str(port), "PORT")


async def start(app):
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return runner, runner.addresses[0][1]


async def main():
    app = web.Application()
    app.router.add_get("/plain", plain)
    app.router.add_get("/slow", slow)
    app.router.add_get("/cut", cut)
    app.router.add_get("/missing", missing)
    app.router.add_get("/forbidden", forbidden)
    app.router.add_get("/broken", broken)
    app.router.add_post("/only-post", plain)
    runner, port = await start(app)
    base = f"http://127.0.0.1:{port}"

    async with aiohttp.ClientSession() as session:
        # A body that is not JSON.
        async with session.get(base + "/plain") as resp:
            try:
                await resp.json()
            except aiohttp.ContentTypeError as e:
                print("ContentTypeError:", without_port(e, port))
                print("  status", e.status, "| message", e.message)
            print("text instead:", await resp.text())

        # Statuses the server chose, with raise_for_status.
        for path in ["/missing", "/forbidden", "/nowhere", "/only-post", "/broken"]:
            async with session.get(base + path) as resp:
                print(path, resp.status, resp.reason, repr(await resp.text()), resp.headers.get("Allow"))
                try:
                    resp.raise_for_status()
                except aiohttp.ClientResponseError as e:
                    print("  ClientResponseError:", without_port(e, port))
                    print("  fields:", e.status, e.message, isinstance(e, aiohttp.ClientError))

        # raise_for_status=True on the request raises before the body is read.
        try:
            await session.get(base + "/missing", raise_for_status=True)
        except aiohttp.ClientResponseError as e:
            print("raised at once:", e.status, e.message)

        # A timeout: the handler sleeps 2 s, the client waits 0.3 s.
        try:
            async with session.get(base + "/slow", timeout=aiohttp.ClientTimeout(total=0.3)) as resp:
                print("unexpected", await resp.text())
        except asyncio.TimeoutError as e:
            print("timed out:", type(e).__name__, repr(e))

        # The server sends the headers, part of the body, then closes.
        try:
            async with session.get(base + "/cut") as resp:
                print("cut: status", resp.status)
                await resp.read()
        except aiohttp.ClientPayloadError as e:
            print("ClientPayloadError:", e, isinstance(e, aiohttp.ClientError))

    await runner.cleanup()

    # Nothing listens on the port any more: connection refused.
    async with aiohttp.ClientSession() as session:
        try:
            await session.get(base + "/plain")
        except aiohttp.ClientConnectorError as e:
            print("ClientConnectorError:", without_port(e, port))
            print("  os_error:", without_port(repr(e.os_error), port))
            print("  host", e.host, "port matches", e.port == port, "errno", e.errno)
            print("  is OSError", isinstance(e, OSError), "is ClientError", isinstance(e, aiohttp.ClientError),
                  "is ClientConnectionError", isinstance(e, aiohttp.ClientConnectionError))
        try:
            await session.get(base + "/plain")
        except aiohttp.ClientError as e:
            print("caught as ClientError:", type(e).__name__)
        try:
            await session.get(base + "/plain")
        except OSError as e:
            print("caught as OSError:", type(e).__name__)

    # A closed session refuses new requests.
    try:
        await session.get(base + "/plain")
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
