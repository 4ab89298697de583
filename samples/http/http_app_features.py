# The parts of aiohttp.web an application is built from: RouteTableDef
# decorators, web.get/web.post route lists, middlewares (order, short-cuts,
# error pages), on_startup/on_cleanup hooks, and app state.
import asyncio

import aiohttp
from aiohttp import web

routes = web.RouteTableDef()
log = []


@routes.get("/")
async def index(request):
    log.append("index")
    return web.Response(text=f"visits={request.app['visits']}")


@routes.get("/users/{user_id}")
async def user(request):
    user_id = int(request.match_info["user_id"])
    if user_id not in request.app["users"]:
        raise web.HTTPNotFound(text=f"no user {user_id}")
    return web.json_response(request.app["users"][user_id])


@routes.post("/users")
async def create_user(request):
    body = await request.json()
    if "name" not in body:
        raise web.HTTPBadRequest(text="name is required")
    new_id = max(request.app["users"]) + 1
    request.app["users"][new_id] = {"id": new_id, "name": body["name"]}
    return web.json_response({"id": new_id}, status=201)


async def moved(request):
    raise web.HTTPFound("/")


async def secret(request):
    return web.Response(text="the secret")


@web.middleware
async def count_visits(request, handler):
    request.app["visits"] += 1
    log.append(f"before {request.method} {request.path}")
    try:
        response = await handler(request)
    except web.HTTPException as e:
        log.append(f"http error {e.status}")
        raise
    log.append(f"after {response.status}")
    return response


@web.middleware
async def require_token(request, handler):
    if request.path.startswith("/secret") and request.headers.get("Authorization") != "Bearer xyz":
        return web.json_response({"error": "unauthorized"}, status=401)
    return await handler(request)


async def on_startup(app):
    print("startup: loading users")
    app["users"] = {1: {"id": 1, "name": "ada"}, 2: {"id": 2, "name": "bob"}}
    app["visits"] = 0


async def on_cleanup(app):
    print("cleanup: visits were", app["visits"])


async def main():
    app = web.Application(middlewares=[count_visits, require_token])
    app.add_routes(routes)
    app.add_routes([web.get("/old", moved), web.get("/secret", secret)])
    app.on_startup.append(on_startup)
    app.on_cleanup.append(on_cleanup)

    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    base = f"http://127.0.0.1:{runner.addresses[0][1]}"

    async with aiohttp.ClientSession() as session:
        async with session.get(base + "/") as r:
            print(r.status, await r.text())
        async with session.get(base + "/users/2") as r:
            print(r.status, await r.json())
        async with session.get(base + "/users/9") as r:
            print(r.status, await r.text())
        async with session.post(base + "/users", json={"name": "cy"}) as r:
            print(r.status, await r.json())
        async with session.post(base + "/users", json={"nom": "x"}) as r:
            print(r.status, await r.text())
        async with session.get(base + "/users/3") as r:
            print(r.status, await r.json())
        async with session.get(base + "/secret") as r:
            print(r.status, await r.json())
        async with session.get(base + "/secret", headers={"Authorization": "Bearer xyz"}) as r:
            print(r.status, await r.text())
        async with session.get(base + "/old", allow_redirects=False) as r:
            print(r.status, r.headers["Location"])
        async with session.get(base + "/old") as r:
            print("followed:", r.status, await r.text())

    await runner.cleanup()
    for line in log:
        print(line)


asyncio.run(main())
