// Does translation time grow linearly with the size of a module? Modules of
// 2,000, 20,000 and 100,000 lines (distinct names, functions, classes,
// coroutines, loops: what makes per-name analyses quadratic) are translated
// one per child process, so each size's peak memory is its own. Prints time
// and peak RSS per 1,000 lines, and the ratio of time per line between the
// largest and the smallest module (1.0 is perfectly linear).
//
//   node bench/scaling.js [--sizes 2000,20000,100000] [--no-format]
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const self = fileURLToPath(import.meta.url);

/** About `lines` lines of ordinary asyncio-flavoured Python, every name distinct. */
export function scalingModule(lines) {
  const out = ["import asyncio", ""];
  for (let i = 0; out.length < lines; i++) {
    out.push(
      `value_${i} = ${i}`,
      `items_${i} = [value_${i}, ${i + 1}, ${i + 2}]`,
      `def work_${i}(a, b=2):`,
      `    total_${i} = a + b * ${i}`,
      `    for x in items_${i}:`,
      `        total_${i} += x`,
      `    return total_${i}`,
      `class Box_${i}:`,
      `    def __init__(self, n):`,
      `        self.n = n`,
      `    async def get(self):`,
      `        await asyncio.sleep(0)`,
      `        return work_${i}(self.n)`,
      `label_${i} = f"box {value_${i}}: {work_${i}(1)}"`,
      "",
    );
  }
  out.push("async def main():", "    print(await Box_0(1).get(), label_0)", "", "asyncio.run(main())", "");
  return out.join("\n");
}

async function one(lines, format) {
  const { transpile } = await import("../dist/index.js");
  // Loading prettier and the TypeScript compiler and warming the JIT is a fixed cost, not a per-line one: paid before timing.
  await transpile(scalingModule(300), { file: "warm.py", format });
  const source = scalingModule(lines);
  const actual = source.split("\n").length;
  const start = performance.now();
  const r = await transpile(source, { file: "scaling.py", format });
  const ms = performance.now() - start;
  const errors = r.diagnostics.filter((d) => d.severity === "error").length;
  process.stdout.write(JSON.stringify({ lines: actual, ms, rssMb: process.resourceUsage().maxRSS / 1024, errors, codeBytes: r.code.length }));
}

const args = process.argv.slice(2);
const format = !args.includes("--no-format");
if (args[0] === "--one") {
  await one(Number(args[1]), format);
} else {
  const sizesArg = args.indexOf("--sizes");
  const sizes = sizesArg >= 0 ? args[sizesArg + 1].split(",").map(Number) : [2000, 20000, 100000];
  console.log(`scaling: one module per size, ${format ? "full pipeline" : "without prettier"}, a fresh process each`);
  const results = [];
  for (const size of sizes) {
    const child = spawnSync(process.execPath, ["--max-old-space-size=8192", self, "--one", String(size), ...(format ? [] : ["--no-format"])], { encoding: "utf8", maxBuffer: 1 << 20 });
    if (child.status !== 0) {
      console.log(`${String(size).padStart(7)} lines: failed (${(child.stderr || "").split("\n")[0]})`);
      continue;
    }
    const r = JSON.parse(child.stdout);
    results.push(r);
    const perK = (r.ms / r.lines) * 1000;
    console.log(
      `${String(r.lines).padStart(7)} lines  ${(r.ms / 1000).toFixed(2).padStart(7)} s  ${perK.toFixed(1).padStart(7)} ms/1k lines  peak RSS ${r.rssMb.toFixed(0).padStart(5)} MB (${((r.rssMb / r.lines) * 1000).toFixed(1)} MB/1k lines)${r.errors ? `  ${r.errors} errors!` : ""}`,
    );
  }
  if (results.length >= 2) {
    const first = results[0];
    const last = results[results.length - 1];
    const ratio = last.ms / last.lines / (first.ms / first.lines);
    console.log(`time per line, ${last.lines} vs ${first.lines} lines: ${ratio.toFixed(2)}x (1.00 = linear)`);
  }
}
