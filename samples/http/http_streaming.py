# Reading a response as it arrives: resp.content.read(n), readline,
# readexactly, iter_chunked, iter_any, `async for line in resp.content`,
# and a body the server cuts short.
import asyncio

import aiohttp
from aiohttp import web


async def lines(request):
    resp = web.StreamResponse()
    resp.content_type = "text/plain"
    await resp.prepare(request)
    for i in range(4):
        await resp.write(f"line {i}\n".encode())
        await asyncio.sleep(0.05)
    await resp.write_eof()
    return resp


async def blob(request):
    return web.Response(body=bytes(range(26)) * 4)


async def broken(request):
    resp = web.StreamResponse(headers={"Content-Length": "1000"})
    await resp.prepare(request)
    await resp.write(b"partial data\n")
    await asyncio.sleep(0.05)
    request.transport.close()
    return resp


async def main():
    app = web.Application()
    app.router.add_get("/lines", lines)
    app.router.add_get("/blob", blob)
    app.router.add_get("/broken", broken)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    base = f"http://127.0.0.1:{port}"

    async with aiohttp.ClientSession() as session:
        async with session.get(base + "/lines") as resp:
            async for line in resp.content:
                print("line:", line)
            print("at eof:", resp.content.at_eof())

        async with session.get(base + "/lines") as resp:
            print("readline:", await resp.content.readline())
            print("rest via read():", await resp.read())

        async with session.get(base + "/blob") as resp:
            print("exactly:", await resp.content.readexactly(5))
            total = 0
            async for chunk in resp.content.iter_chunked(32):
                assert len(chunk) <= 32
                total += len(chunk)
            print("chunked total:", total)
            print("read after end:", await resp.content.read())

        async with session.get(base + "/blob") as resp:
            data = b""
            async for chunk in resp.content.iter_any():
                data += chunk
            print("any:", len(data), data[:3])

        async with session.get(base + "/blob") as resp:
            first = await resp.content.read(10)
            print("read(10):", len(first) <= 10, len(first) > 0)
            try:
                await resp.content.readexactly(1000)
            except asyncio.IncompleteReadError as e:
                print("incomplete:", len(e.partial) + len(first), e.expected)

        async with session.get(base + "/broken") as resp:
            print("broken first line:", await resp.content.readline())
            try:
                await resp.content.read()
            except aiohttp.ClientPayloadError as e:
                print("cut short:", type(e).__name__)

    await runner.cleanup()


asyncio.run(main())
