// CPython as the judge of what is valid Python: compile() over a batch of
// sources in one python3 process. Only the tests and the fuzzer use it;
// tsyncio itself runs without Python.
import { spawnSync } from "node:child_process";

const JUDGE = `
import json, sys, warnings
warnings.simplefilter("ignore")
sys.setrecursionlimit(1000)
out = []
for src in json.load(sys.stdin):
    try:
        compile(src.encode("utf-8", "surrogatepass"), "t.py", "exec", dont_inherit=True)
        out.append({"ok": True})
    except SyntaxError as e:
        out.append({"ok": False, "kind": "syntax", "message": f"{type(e).__name__}: {e.msg}", "line": e.lineno})
    except ValueError as e:
        out.append({"ok": False, "kind": "syntax", "message": f"{type(e).__name__}: {e}"})
    except (RecursionError, MemoryError, OverflowError) as e:
        out.append({"ok": False, "kind": "limit", "message": f"{type(e).__name__}: {e}"})
json.dump(out, sys.stdout)
`;

/**
 * One verdict per source: `{ ok: true }`, or `{ ok: false, kind, message, line }`
 * where kind is `syntax` (a syntax, indentation or encoding error) or `limit`
 * (CPython's compiler ran out of recursion or memory: a limit of the
 * implementation, not of the language).
 */
export function cpythonVerdicts(sources) {
  const r = spawnSync("python3", ["-c", JUDGE], { input: JSON.stringify(sources), encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}
