# An aiohttp server and client in one program: routes with captures, query
# strings, JSON and form bodies, headers, and the common response accessors.
import asyncio

import aiohttp
from aiohttp import web


async def hello(request):
    name = request.match_info["name"]
    times = int(request.query.get("times", "1"))
    return web.Response(text=" ".join([f"hello {name}"] * times))


async def echo_json(request):
    data = await request.json()
    data["seen"] = True
    return web.json_response(data, status=201)


async def form(request):
    fields = await request.post()
    return web.json_response({"user": fields["user"], "tags": fields.getall("tag")})


async def info(request):
    return web.json_response({
        "method": request.method,
        "path": request.path,
        "agent": request.headers.get("X-Agent", "none"),
        "query": sorted(request.query.keys()),
    })


async def raw(request):
    data = await request.read()
    return web.Response(body=data[::-1] + b"\x00\xff")


async def changed(request):
    resp = web.Response()
    resp.body = b"Body changed"
    resp.content_type = "text/html"
    resp.headers["X-Extra"] = "1"
    return resp


async def remove(request):
    return web.Response(status=204)


async def main():
    app = web.Application()
    app.router.add_get("/hello/{name}", hello)
    app.router.add_post("/echo", echo_json)
    app.router.add_post("/form", form)
    app.router.add_route("*", "/info", info)
    app.router.add_delete("/items/{id:\\d+}", remove)
    app.router.add_put("/raw", raw)
    app.router.add_get("/changed", changed)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0]
    print("listening on", host, port > 0)
    base = f"http://127.0.0.1:{port}"

    async with aiohttp.ClientSession() as session:
        async with session.get(base + "/hello/ada", params={"times": "2"}) as resp:
            print(resp.status, resp.reason, resp.content_type, resp.charset)
            print(await resp.text())
            print(resp.headers["content-type"], "Content-Length" in resp.headers)

        async with session.post(base + "/echo", json={"a": 1, "b": [1, 2.5, None]}) as resp:
            print(resp.status, resp.reason, resp.content_type)
            body = await resp.json()
            print(body, type(body).__name__)

        async with session.post(base + "/form", data={"user": "bob", "tag": "x"}) as resp:
            print(await resp.json())

        for method in ["GET", "PUT", "PATCH"]:
            async with session.request(method, base + "/info", params={"z": "1", "a": "2"}, headers={"X-Agent": "test"}) as resp:
                print(method, await resp.json())

        async with session.put(base + "/raw", data=b"abc") as resp:
            body = await resp.read()
            print(resp.content_type, body, type(body).__name__, len(body), body[0])

        async with session.get(base + "/changed") as resp:
            print(resp.headers["Content-Type"], resp.headers.get("X-Extra"), await resp.text())

        resp = await session.delete(base + "/items/42")
        print(resp.status, resp.reason, resp.ok, await resp.text() == "")
        resp.release()

        resp = await session.delete(base + "/items/abc")
        print(resp.status, resp.ok)
        resp.release()

    print("session closed:", session.closed)
    await runner.cleanup()


asyncio.run(main())
