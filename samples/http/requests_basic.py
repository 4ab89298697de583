# requests against an aiohttp server in the same program: the blocking calls
# run in worker threads (asyncio.to_thread, run_in_executor, a Thread), as a
# CPython program must do to avoid deadlocking its own event loop.
import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

import requests
from aiohttp import web


async def hello(request):
    name = request.match_info["name"]
    times = int(request.query.get("times", "1"))
    return web.Response(text=" ".join([f"hello {name}"] * times))


async def echo(request):
    data = await request.json()
    data["seen"] = True
    return web.json_response(data, status=201)


async def form(request):
    fields = await request.post()
    return web.json_response({"user": fields["user"], "agent": request.headers["User-Agent"].split("/")[0]})


async def info(request):
    return web.json_response({"method": request.method, "x": request.headers.get("X-Token", "none"), "query": dict(request.query)})


async def missing(request):
    raise web.HTTPNotFound()


async def broken(request):
    return web.Response(status=503, text="down")


async def not_json(request):
    return web.Response(text="<html>")


def client(base):
    r = requests.get(base + "/hello/ada", params={"times": 2})
    print(r.status_code, r.reason, r.ok, r.text)
    print(r.headers["content-type"], r.headers["Content-Type"] == r.headers["CONTENT-TYPE"])
    print(r.url.endswith("/hello/ada?times=2"), r.encoding, repr(r))
    print(r.content, type(r.content).__name__)

    r = requests.post(base + "/echo", json={"a": 1, "b": [1, 2.5, None]})
    print(r.status_code, r.json())

    r = requests.post(base + "/form", data={"user": "bob"})
    print(r.json())

    for method in ["put", "delete"]:
        r = requests.request(method.upper(), base + "/info", headers={"X-Token": "t1"})
        print(method, r.json())
    print(requests.put(base + "/info").json()["method"], requests.delete(base + "/info").json()["method"])

    with requests.Session() as s:
        s.headers.update({"X-Token": "session"})
        print("session:", s.get(base + "/info", params={"q": "1"}).json())
        print("override:", s.get(base + "/info", headers={"X-Token": "call"}).json()["x"])

    r = requests.get(base + "/missing")
    print(r.status_code, r.ok, bool(r))
    try:
        r.raise_for_status()
    except requests.exceptions.HTTPError as e:
        print("HTTPError:", str(e).replace(base, "BASE"))
        print(e.response.status_code)
    try:
        requests.get(base + "/broken").raise_for_status()
    except requests.HTTPError as e:
        print("HTTPError:", str(e).replace(base, "BASE"))
    try:
        requests.get(base + "/not-json").json()
    except requests.exceptions.JSONDecodeError as e:
        print("JSONDecodeError:", e)
    try:
        requests.get("http://127.0.0.1:1/")
    except requests.exceptions.ConnectionError as e:
        print("ConnectionError", isinstance(e, requests.RequestException))
    try:
        requests.get("not a url")
    except requests.exceptions.MissingSchema as e:
        print("MissingSchema:", e)
    return "client done"


def fetch_name(base, name):
    return requests.get(f"{base}/hello/{name}").text


async def main():
    app = web.Application()
    app.router.add_get("/hello/{name}", hello)
    app.router.add_post("/echo", echo)
    app.router.add_post("/form", form)
    app.router.add_route("*", "/info", info)
    app.router.add_get("/missing", missing)
    app.router.add_get("/broken", broken)
    app.router.add_get("/not-json", not_json)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    base = f"http://127.0.0.1:{port}"

    print(await asyncio.to_thread(client, base))

    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2) as pool:
        names = await asyncio.gather(*(loop.run_in_executor(pool, fetch_name, base, n) for n in ["x", "y", "z"]))
    print(names)

    results = []
    t = threading.Thread(target=lambda: results.append(fetch_name(base, "thread")))
    t.start()
    while t.is_alive():
        await asyncio.sleep(0.01)
    print(results)
    await runner.cleanup()


asyncio.run(main())
