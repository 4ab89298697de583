/**
 * I/O that tsyncio does not translate is refused at translation time, with
 * a position and a TODO marker, never run in a way that differs (TLS).
 */
import { describe, expect, test } from "vitest";
import { transpile } from "../src/index.js";

async function diagnostics(src: string) {
  return (await transpile(src, { file: "t.py" })).diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`);
}

const wrap = (line: string) => `import asyncio\nasync def main():\n    ${line}\n`;

describe("TLS is refused, not run in clear text", () => {
  test("import ssl is a TSY1102 error", async () => {
    const d = await diagnostics("import ssl\nctx = ssl.create_default_context()\n");
    expect(d[0]).toMatch(/^1:1 error TSY1102 TLS is not translated yet/);
  });

  test.each([
    'await asyncio.open_connection("example.org", 443, ssl=True)',
    "await asyncio.start_server(cb, '127.0.0.1', 0, ssl=ctx)",
    "await asyncio.open_unix_connection('/tmp/s', ssl=True)",
  ])("%s is a TSY1100 error with a TODO", async (line) => {
    const src = wrap(line);
    expect(await diagnostics(src)).toEqual([expect.stringMatching(/^3:\d+ error TSY1100 TLS \(ssl=\) is not translated yet$/)]);
    expect((await transpile(src)).code).toContain("TODO(tsyncio)");
  });

  test("ssl=None and ssl=False are plain connections", async () => {
    expect(await diagnostics(wrap('await asyncio.open_connection("h", 80, ssl=None)'))).toEqual([]);
    expect(await diagnostics(wrap('await asyncio.open_connection("h", 80, ssl=False, limit=10)'))).toEqual([]);
  });
});

describe("aiohttp features tsyncio lacks are refused with a position", () => {
  const client = (body: string) =>
    `import aiohttp\nasync def main():\n    async with aiohttp.ClientSession() as session:\n        ${body}\n`;

  async function refusals(src: string) {
    const out = await transpile(src, { file: "t.py" });
    return { d: out.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`), code: out.code };
  }

  test.each([
    ["await session.ws_connect('http://h/ws')", "4:15", "websockets (ClientSession.ws_connect)"],
    ["print(session.cookie_jar)", "4:15", "client cookies (ClientSession.cookie_jar)"],
    ["await session.get('http://h/', cookies={'a': '1'})", "4:40", "client cookies (the cookies= argument)"],
    ["await session.get('https://example.org/')", "4:27", "https URLs (TLS)"],
    ["await session.request('GET', url='https://example.org/')", "4:42", "https URLs (TLS)"],
    ['await session.post(f"https://{host}/x", json={})', "4:28", "https URLs (TLS)"],
  ])("%s on a ClientSession is a TSY1101 error with a TODO", async (line, at, what) => {
    const { d, code } = await refusals(client(line));
    expect(d).toEqual([`${at} TSY1101 ${what} are not implemented by tsyncio yet`]);
    expect(code).toContain("TODO(tsyncio)");
  });

  test("resp.cookies on a response bound by async with / await is refused; request.cookies on the server is not", async () => {
    const src = [
      "import aiohttp",
      "from aiohttp import web",
      "async def handler(request):",
      "    return web.json_response(dict(request.cookies))",
      "async def main():",
      "    async with aiohttp.ClientSession() as s:",
      "        async with s.get('http://h/') as resp:",
      "            print(resp.cookies)",
      "        r = await s.post('http://h/')",
      "        print(r.cookies, r.status)",
      "",
    ].join("\n");
    expect((await refusals(src)).d).toEqual([
      "8:19 TSY1101 client cookies (ClientResponse.cookies) are not implemented by tsyncio yet",
      "10:15 TSY1101 client cookies (ClientResponse.cookies) are not implemented by tsyncio yet",
    ]);
  });

  test("a session kept in self.x is known in every method", async () => {
    const src = [
      "import aiohttp",
      "class Client:",
      "    async def start(self):",
      "        self.http = aiohttp.ClientSession()",
      "    async def fetch(self):",
      "        print(self.http.cookie_jar)",
      "        return await self.http.get('https://example.org/')",
      "",
    ].join("\n");
    expect((await refusals(src)).d).toEqual([
      "6:15 TSY1101 client cookies (ClientSession.cookie_jar) are not implemented by tsyncio yet",
      "7:36 TSY1101 https URLs (TLS) are not implemented by tsyncio yet",
    ]);
  });

  test("a parameter annotated as a session, application or response is a known receiver", async () => {
    const src = [
      "import aiohttp",
      "from aiohttp import web, ClientSession",
      "async def fetch(session: ClientSession, url: str, app: web.Application, r: aiohttp.ClientResponse = None):",
      "    print(session.cookie_jar, r.cookies)",
      "    app.add_subapp('/a', app)",
      "",
    ].join("\n");
    expect((await refusals(src)).d.map((l) => l.split(" TSY")[0])).toEqual(["4:11", "4:31", "5:5"]);
  });

  test("http URLs, plain keywords and an https string that is not a URL argument translate", async () => {
    const src = client("async with session.get('http://h/', params={'u': 'https://x'}, headers={'a': 'b'}) as r:\n            print(r.status)");
    expect((await refusals(src)).d).toEqual([]);
  });

  test("ClientSession(cookies=..., base_url='https://...') is refused", async () => {
    expect((await refusals("import aiohttp\ns = aiohttp.ClientSession(cookies={'a': '1'})\n")).d).toEqual([
      "2:27 TSY1101 client cookies (the cookies= argument) are not implemented by tsyncio yet",
    ]);
    expect((await refusals("import aiohttp as ah\ns = ah.ClientSession(base_url='https://x.org')\n")).d).toEqual([
      "2:31 TSY1101 https URLs (TLS) are not implemented by tsyncio yet",
    ]);
  });

  test("Application.add_subapp, cleanup_ctx and router.add_static are refused", async () => {
    const src = [
      "from aiohttp import web",
      "app = web.Application()",
      "app.add_subapp('/sub', web.Application())",
      "app.cleanup_ctx.append(None)",
      "app.router.add_static('/s', 'dir')",
      "",
    ].join("\n");
    const { d, code } = await refusals(src);
    expect(d).toEqual([
      "3:1 TSY1101 sub-applications (Application.add_subapp) are not implemented by tsyncio yet",
      "4:1 TSY1101 Application.cleanup_ctx is not implemented by tsyncio yet",
      "5:1 TSY1101 static files (router.add_static) are not implemented by tsyncio yet",
    ]);
    expect(code.match(/TODO\(tsyncio\)/g)).toHaveLength(3);
  });

  test("names only aiohttp has are refused on an unknown receiver in a module importing aiohttp", async () => {
    const src = "import aiohttp\nasync def setup(app, s):\n    app.add_subapp('/a', app)\n    app.router.add_static('/s', 'd')\n    await s.ws_connect('u')\n";
    expect((await refusals(src)).d.map((l) => l.split(" TSY")[0])).toEqual(["3:5", "4:5", "5:11"]);
  });

  test("without aiohttp, or with a method of the program's own, the same names translate", async () => {
    expect((await refusals("def f(app):\n    app.add_subapp(1)\n    return app.cleanup_ctx\n")).d).toEqual([]);
    const own = "import aiohttp\nclass R:\n    def add_static(self, p):\n        return p\nprint(R().add_static('x'))\n";
    expect((await refusals(own)).d).toEqual([]);
  });

  test("aiohttp module attributes without an implementation are TSY1101 (websockets, FormData, views, static)", async () => {
    const src = [
      "import aiohttp",
      "from aiohttp import web",
      "f = aiohttp.FormData()",
      "t = aiohttp.WSMsgType.TEXT",
      "w = web.WebSocketResponse()",
      "class V(web.View):",
      "    pass",
      "r = web.static('/s', 'd')",
      "",
    ].join("\n");
    expect((await refusals(src)).d).toEqual([
      "3:5 TSY1101 'aiohttp.FormData' is not implemented by tsyncio yet",
      "4:5 TSY1101 'aiohttp.WSMsgType' is not implemented by tsyncio yet",
      "5:5 TSY1101 'aiohttp.web.WebSocketResponse' is not implemented by tsyncio yet",
      "6:9 TSY1101 'aiohttp.web.View' is not implemented by tsyncio yet",
      "8:5 TSY1101 'aiohttp.web.static' is not implemented by tsyncio yet",
    ]);
  });
});

describe("a text layer over a binary stream is refused, not misread as a path", () => {
  test("io.TextIOWrapper(buffer) is a TSY1101 error with a TODO; io.TextIOWrapper as a value stays usable", async () => {
    const src = 'import io, subprocess\np = subprocess.Popen(["echo"], stdout=subprocess.PIPE)\nfor line in io.TextIOWrapper(p.stdout, encoding="utf-8"):\n    print(line)\n';
    expect(await diagnostics(src)).toEqual([expect.stringMatching(/^3:13 error TSY1101 io\.TextIOWrapper\(buffer\) .* is not implemented by tsyncio yet/)]);
    expect((await transpile(src)).code).toContain("TODO(tsyncio)");
    expect(await diagnostics('import io\nf = open("x")\nprint(isinstance(f, io.TextIOWrapper))\n')).toEqual([]);
  });
});
