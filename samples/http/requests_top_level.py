# requests at module level and from plain threads, against an aiohttp server
# that runs its own event loop in a daemon thread (the CPython way to serve
# and call in one program without asyncio.to_thread).
import asyncio
import threading

import requests
from aiohttp import web

ready = threading.Event()
stop = threading.Event()
address = []


async def square(request):
    n = int(request.match_info["n"])
    return web.json_response({"n": n, "square": n * n})


async def slow(request):
    await asyncio.sleep(0.5)
    return web.Response(text="late")


async def serve():
    app = web.Application()
    app.router.add_get("/square/{n}", square)
    app.router.add_get("/slow", slow)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    address.append(runner.addresses[0][1])
    ready.set()
    while not stop.is_set():
        await asyncio.sleep(0.02)
    await runner.cleanup()


def run_server():
    asyncio.run(serve())


server = threading.Thread(target=run_server, daemon=True)
server.start()
ready.wait()
base = f"http://127.0.0.1:{address[0]}"

r = requests.get(base + "/square/7")
print(r.status_code, r.json())

try:
    requests.get(base + "/slow", timeout=0.1)
except requests.exceptions.Timeout as e:
    print("Timeout:", type(e).__name__, isinstance(e, requests.RequestException))

results = {}
lock = threading.Lock()


def fetch(n):
    value = requests.get(f"{base}/square/{n}").json()["square"]
    with lock:
        results[n] = value


workers = [threading.Thread(target=fetch, args=(n,)) for n in range(5)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(sorted(results.items()))

session = requests.Session()
print([session.get(f"{base}/square/{n}").json()["square"] for n in (8, 9)])
session.close()

stop.set()
server.join()
print("server stopped:", not server.is_alive())
