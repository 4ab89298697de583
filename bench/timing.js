/**
 * What the CPython-against-translation benchmarks share: running a command
 * and reading its wall and CPU time (CPython reports its own CPU time at exit
 * through PY_CPU; Node through cpu-report.mjs), and the median of the runs.
 */
import { spawnSync } from "node:child_process";

const MARK = "tsyncio-bench-cpu-ms ";

/** `python3 -c PY_CPU script.py` runs the script and writes its CPU time to stderr at exit. */
export const PY_CPU = `import atexit, resource, runpy, sys
def report():
    r = resource.getrusage(resource.RUSAGE_SELF)
    sys.stderr.write("\\n${MARK}%f\\n" % ((r.ru_utime + r.ru_stime) * 1000))
atexit.register(report)
runpy.run_path(sys.argv[1], run_name="__main__")`;

export function timed(cmd, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed:\n${r.stderr}`);
  const line = r.stderr.split("\n").find((l) => l.startsWith(MARK));
  return { ms, cpu: line ? Number(line.slice(MARK.length)) : NaN, stdout: r.stdout };
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
