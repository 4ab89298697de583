/**
 * CPython as the judge of what is valid Python: `compile()` over a batch of
 * sources in one python3 process. Only tests use it; tsyncio runs without Python.
 */
import { spawnSync } from "node:child_process";

export interface Verdict {
  ok: boolean;
  /** `IndentationError: expected an indented block after …`, as CPython words it. */
  message?: string;
  line?: number;
}

const JUDGE = `
import json, sys, warnings
warnings.simplefilter("ignore")
out = []
for src in json.load(sys.stdin):
    try:
        compile(src.encode("utf-8", "surrogatepass"), "t.py", "exec", dont_inherit=True)
        out.append({"ok": True})
    except SyntaxError as e:
        out.append({"ok": False, "message": f"{type(e).__name__}: {e.msg}", "line": e.lineno})
    except (ValueError, RecursionError, MemoryError, OverflowError) as e:
        out.append({"ok": False, "message": f"{type(e).__name__}: {e}"})
json.dump(out, sys.stdout)
`;

export function cpythonVerdicts(sources: string[]): Verdict[] {
  const r = spawnSync("python3", ["-c", JUDGE], { input: JSON.stringify(sources), encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Verdict[];
}
