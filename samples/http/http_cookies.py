# Server-side cookies: request.cookies, Response.set_cookie / del_cookie and
# on an HTTP exception, as the Set-Cookie headers a client receives.
import asyncio

import aiohttp
from aiohttp import web


async def show(request):
    return web.json_response({"cookies": dict(request.cookies), "n": len(request.cookies)})


async def login(request):
    resp = web.Response(text="logged in")
    resp.set_cookie("AUTH", "secret")
    resp.set_cookie("theme", "dark mode", max_age=3600, httponly=True, samesite="Lax")
    resp.set_cookie("AUTH", "replaced", path="/app", secure=True)
    return resp


async def logout(request):
    exc = web.HTTPFound(location="/")
    exc.del_cookie("AUTH")
    raise exc


async def main():
    app = web.Application()
    app.router.add_get("/", show)
    app.router.add_get("/login", login)
    app.router.add_get("/logout", logout)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    base = f"http://127.0.0.1:{runner.addresses[0][1]}"

    async with aiohttp.ClientSession() as session:
        async with session.get(base + "/", headers={"Cookie": 'a=1; b="x y"; empty='}) as resp:
            print(await resp.json())
        async with session.get(base + "/") as resp:
            print(await resp.json())
        async with session.get(base + "/login") as resp:
            print(resp.status, await resp.text())
            for line in resp.headers.getall("Set-Cookie"):
                print("Set-Cookie:", line)
        async with session.get(base + "/logout", allow_redirects=False) as resp:
            print(resp.status, resp.headers["Location"])
            print("Set-Cookie:", resp.headers["Set-Cookie"])

    await runner.cleanup()


asyncio.run(main())
