/**
 * `web.run_app` serves until it is interrupted, so it cannot be a sample:
 * the same program runs under CPython (Debian's aiohttp) and translated,
 * each is asked for a page, then gets SIGINT or SIGTERM; what it printed
 * (startup, the banner, the page, cleanup, the line after run_app) and its
 * exit status must match.
 */
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { ts } from "ts-morph";
import { describe, expect, test } from "vitest";
import { transpile } from "../src/index.js";
import { OUT, SYSTEM_PYTHON } from "./support/samples.js";

const PROGRAM = `import os
from aiohttp import web


async def hello(request):
    print("serving", request.path, flush=True)
    return web.json_response({"hello": request.query.get("name", "world")})


async def on_startup(app):
    print("startup", flush=True)


async def on_cleanup(app):
    print("cleanup", flush=True)


app = web.Application()
app.router.add_get("/", hello)
app.on_startup.append(on_startup)
app.on_cleanup.append(on_cleanup)
web.run_app(app, host="127.0.0.1", port=int(os.environ["PORT"]))
print("run_app returned")
`;

function freePort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

interface Run {
  stdout: string;
  body: string;
  status: number | null;
  signal: NodeJS.Signals | null;
}

async function serveAndStop(cmd: string, args: string[], signal: NodeJS.Signals): Promise<Run> {
  const port = await freePort();
  // Without VITEST in its environment, as a program run by a user: the runtime then installs Python's Ctrl-C.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("VITEST")));
  const child = spawn(cmd, args, { env: { ...env, PORT: String(port), PYTHONUNBUFFERED: "1" } });
  let stdout = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.resume();
  const exited = new Promise<[number | null, NodeJS.Signals | null]>((ok) => child.on("exit", (code, sig) => ok([code, sig])));
  const deadline = Date.now() + 30_000;
  while (!stdout.includes("(Press CTRL+C to quit)")) {
    if (Date.now() > deadline) throw new Error(`no banner from ${cmd}: ${stdout}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const body = await (await fetch(`http://127.0.0.1:${port}/?name=ada`)).text();
  await new Promise((r) => setTimeout(r, 200));
  child.kill(signal);
  const [status, sig] = await exited;
  return { stdout: stdout.replaceAll(String(port), "PORT"), body, status, signal: sig };
}

describe("aiohttp web.run_app", () => {
  const dir = join(OUT, "http-run-app");
  const jsFile = join(dir, "serve.mjs");

  test.each(["SIGINT", "SIGTERM"] as const)("serves until %s, then cleans up and returns as in CPython", async (signal) => {
    const { code, diagnostics } = await transpile(PROGRAM, { file: "serve.py" });
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    mkdirSync(dir, { recursive: true });
    writeFileSync(jsFile, ts.transpileModule(code, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText);
    writeFileSync(join(dir, "serve.py"), PROGRAM);
    const py = await serveAndStop(SYSTEM_PYTHON, [join(dir, "serve.py")], signal);
    const node = await serveAndStop(process.execPath, [jsFile], signal);
    expect(py.stdout).toContain("cleanup\nrun_app returned\n");
    expect(node.stdout).toBe(py.stdout);
    expect(node.body).toBe(py.body);
    expect([node.status, node.signal]).toEqual([py.status, py.signal]);
  }, 120_000);
});
