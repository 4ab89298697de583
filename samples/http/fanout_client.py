"""Fan-out crawler: fetch many pages concurrently with a bounded number of
workers, retry failures, and report a summary. The "remote" site is a small
aiohttp app started in-process so the program is self-contained."""
import asyncio
import time
from dataclasses import dataclass, field

import aiohttp
from aiohttp import web

PAGES = {f"/page/{i}": [f"/page/{(i * 3) % 12}", f"/page/{(i + 5) % 12}"] for i in range(12)}
FLAKY = {"/page/7": 2}  # fails this many times before succeeding


async def page(request):
    path = request.path
    if FLAKY.get(path, 0) > 0:
        FLAKY[path] -= 1
        return web.Response(status=503, text="try again")
    if path == "/page/11":
        raise web.HTTPNotFound()
    await asyncio.sleep(0.01 * (int(request.match_info["n"]) % 3))
    return web.json_response({"path": path, "links": PAGES[path], "size": len(path) * 100})


@dataclass
class Report:
    fetched: dict = field(default_factory=dict)
    failed: dict = field(default_factory=dict)
    retries: int = 0


async def fetch_json(session, url, report, attempts=3):
    for attempt in range(1, attempts + 1):
        try:
            async with session.get(url) as response:
                response.raise_for_status()
                return await response.json()
        except aiohttp.ClientResponseError as err:
            if err.status == 503 and attempt < attempts:
                report.retries += 1
                await asyncio.sleep(0.05)
                continue
            raise


async def crawl(base, start, workers=4):
    report = Report()
    queue = asyncio.Queue()
    seen = {start}
    await queue.put(start)

    async def worker(name):
        while True:
            path = await queue.get()
            try:
                data = await fetch_json(session, base + path, report)
                report.fetched[path] = data["size"]
                for link in data["links"] + ["/page/11"]:
                    if link not in seen:
                        seen.add(link)
                        await queue.put(link)
            except aiohttp.ClientError as err:
                report.failed[path] = f"{type(err).__name__}: {getattr(err, 'status', '?')}"
            finally:
                queue.task_done()

    timeout = aiohttp.ClientTimeout(total=5)
    async with aiohttp.ClientSession(timeout=timeout, connector=aiohttp.TCPConnector(limit=workers)) as session:
        tasks = [asyncio.create_task(worker(f"w{i}")) for i in range(workers)]
        await queue.join()
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    return report


async def main():
    app = web.Application()
    app.router.add_get("/page/{n}", page)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    base = "http://127.0.0.1:%d" % runner.addresses[0][1]

    started = time.monotonic()
    report = await crawl(base, "/page/0")
    elapsed = time.monotonic() - started

    print(f"fetched {len(report.fetched)} pages, {sum(report.fetched.values())} bytes")
    for path in sorted(report.fetched, key=lambda p: int(p.rsplit("/", 1)[1])):
        print(f"  {path:<10} {report.fetched[path]:>5}")
    print("failed:", report.failed)
    print("retries:", report.retries)
    print("fast enough:", elapsed < 5)
    await runner.cleanup()


if __name__ == "__main__":
    asyncio.run(main())
