/**
 * `concurrent.futures.as_completed` and `wait` over futures that can block
 * until they finish (`_tsyncioBlock`, as process futures do); a future
 * without it must already be done. Results come in completion order.
 */
import { TimeoutError } from "../../exceptions.js";
import { tuple } from "../../repr.js";
import { setOf } from "../../sets/ops.js";

interface Waitable {
  done(): boolean;
  cancelled?(): boolean;
  exception?(timeout?: number | null): unknown;
  _tsyncioBlock?(timeout: number | null): boolean;
  _group?: { waitSync(ready: () => boolean, timeout: number | null): boolean } | null;
}

/** Blocks until `ready()` or the deadline; through the first group that can block. */
function block(fs: Waitable[], ready: () => boolean, deadline: number | null): boolean {
  const left = deadline === null ? null : Math.max(0, (deadline - performance.now()) / 1000);
  const group = fs.find((f) => !f.done() && f._group)?._group;
  if (group) return group.waitSync(ready, left);
  return ready();
}

export function* as_completed(fs: Iterable<Waitable>, timeout: number | null = null): Generator<Waitable> {
  const deadline = timeout === null ? null : performance.now() + timeout * 1000;
  const pending = [...new Set(fs)];
  const done = pending.filter((f) => f.done());
  for (const f of done) pending.splice(pending.indexOf(f), 1);
  yield* done;
  while (pending.length > 0) {
    const ok = block(pending, () => pending.some((f) => f.done()), deadline);
    const finished = pending.filter((f) => f.done());
    if (!ok && finished.length === 0) throw new TimeoutError(`${pending.length} (of ${pending.length + done.length}) futures unfinished`);
    for (const f of finished) {
      pending.splice(pending.indexOf(f), 1);
      done.push(f);
      yield f;
    }
  }
}

export const FIRST_COMPLETED = "FIRST_COMPLETED";
export const FIRST_EXCEPTION = "FIRST_EXCEPTION";
export const ALL_COMPLETED = "ALL_COMPLETED";

export function wait(fs: Iterable<Waitable>, timeout: number | null = null, return_when: string = ALL_COMPLETED): readonly [Set<Waitable>, Set<Waitable>] {
  const all = [...new Set(fs)];
  const deadline = timeout === null ? null : performance.now() + timeout * 1000;
  const failed = (f: Waitable) => f.done() && !(f.cancelled?.() ?? false) && f.exception?.() != null;
  const ready = (): boolean => {
    if (return_when === FIRST_COMPLETED) return all.some((f) => f.done());
    if (return_when === FIRST_EXCEPTION && all.some(failed)) return true;
    return all.every((f) => f.done());
  };
  if (!ready()) block(all, ready, deadline);
  return tuple(setOf(all.filter((f) => f.done())), setOf(all.filter((f) => !f.done())));
}
