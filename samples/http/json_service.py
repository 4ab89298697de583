"""A small JSON todo service with aiohttp.web, exercised by its own client.
Errors come back as JSON from a middleware; the store lives on the app."""
import asyncio
import json

import aiohttp
from aiohttp import web


class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field


class TodoStore:
    def __init__(self):
        self._items = {}
        self._next = 1

    def add(self, title, done=False):
        item = {"id": self._next, "title": title, "done": done}
        self._items[self._next] = item
        self._next += 1
        return item

    def get(self, item_id):
        try:
            return self._items[item_id]
        except KeyError:
            raise web.HTTPNotFound(text=json.dumps({"error": f"todo {item_id} not found"}), content_type="application/json")

    def all(self):
        return list(self._items.values())

    def delete(self, item_id):
        self.get(item_id)
        del self._items[item_id]


def parse_todo(body, partial=False):
    if not isinstance(body, dict):
        raise ValidationError("body", "must be an object")
    title = body.get("title")
    if title is None and not partial:
        raise ValidationError("title", "is required")
    if title is not None and (not isinstance(title, str) or not title.strip()):
        raise ValidationError("title", "must be a non-empty string")
    done = body.get("done", False)
    if not isinstance(done, bool):
        raise ValidationError("done", "must be true or false")
    return title, done


@web.middleware
async def json_errors(request, handler):
    try:
        return await handler(request)
    except ValidationError as err:
        return web.json_response({"error": str(err), "field": err.field}, status=422)
    except json.JSONDecodeError as err:
        return web.json_response({"error": f"bad JSON: {err.msg}"}, status=400)


routes = web.RouteTableDef()


@routes.get("/todos")
async def list_todos(request):
    items = request.app["store"].all()
    if "done" in request.query:
        want = request.query["done"] == "true"
        items = [t for t in items if t["done"] == want]
    limit = int(request.query.get("limit", 100))
    return web.json_response({"count": len(items), "items": items[:limit]})


@routes.post("/todos")
async def create_todo(request):
    title, done = parse_todo(await request.json())
    item = request.app["store"].add(title.strip(), done)
    return web.json_response(item, status=201, headers={"Location": f"/todos/{item['id']}"})


@routes.get(r"/todos/{id:\d+}")
async def get_todo(request):
    return web.json_response(request.app["store"].get(int(request.match_info["id"])))


@routes.patch(r"/todos/{id:\d+}")
async def update_todo(request):
    item = request.app["store"].get(int(request.match_info["id"]))
    body = await request.json()
    title, done = parse_todo(body, partial=True)
    if title is not None:
        item["title"] = title
    if "done" in body:
        item["done"] = done
    return web.json_response(item)


@routes.delete(r"/todos/{id:\d+}")
async def delete_todo(request):
    request.app["store"].delete(int(request.match_info["id"]))
    return web.Response(status=204)


def make_app():
    app = web.Application(middlewares=[json_errors])
    app["store"] = TodoStore()
    app.add_routes(routes)
    return app


async def call(session, method, url, **kwargs):
    async with session.request(method, url, **kwargs) as resp:
        if resp.content_type == "application/json":
            body = await resp.json()
        else:
            body = await resp.text()
        print(f"{method:6} {url:<22} -> {resp.status} {body!r}")
        return body


async def main():
    runner = web.AppRunner(make_app())
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]

    async with aiohttp.ClientSession(f"http://127.0.0.1:{port}") as api:
        for title in ["write code", "test it", "ship it"]:
            await call(api, "POST", "/todos", json={"title": title})
        await call(api, "POST", "/todos", json={"title": "   "})
        await call(api, "POST", "/todos", json={"done": "yes", "title": "x"})
        await call(api, "POST", "/todos", json=["not", "an", "object"])
        await call(api, "POST", "/todos", data="{broken", headers={"Content-Type": "application/json"})
        await call(api, "PATCH", "/todos/2", json={"done": True})
        await call(api, "GET", "/todos/2")
        await call(api, "GET", "/todos/99")
        await call(api, "DELETE", "/todos/1")
        await call(api, "DELETE", "/todos/1")
        await call(api, "GET", "/todos", params={"done": "false"})
        await call(api, "GET", "/todos", params={"limit": "1"})
        await call(api, "GET", "/todos/abc")
        # Several clients at once.
        created = await asyncio.gather(*(call(api, "POST", "/todos", json={"title": f"bulk {i}"}) for i in range(3)))
        print(sorted(item["id"] for item in created))
        summary = await call(api, "GET", "/todos")
        print("titles:", [t["title"] for t in summary["items"]])

    await runner.cleanup()


asyncio.run(main())
