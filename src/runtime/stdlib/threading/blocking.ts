/**
 * How translated code waits in the threads model. A call the translator
 * recognised as blocking (`q.get()`, `lock.acquire()`, `t.join()`,
 * `fut.result()`…) becomes `await blockOn(q, "get", [...], [...])`: the
 * receiver's `get$async` runs when it has one (the runtime's threading,
 * queue and concurrent.futures objects), otherwise the ordinary method (the
 * receiver turned out to be a dict, a str…), so recognising too much is
 * harmless. Iterations that wait per item (`executor.map`, `as_completed`)
 * become `for await` over the same objects.
 */
import { callMethodKw } from "../../calls.js";
import { bindBySignature, signatureOf } from "../../kwargs.js";
import { callMethod } from "../../methods.js";

type Keywords = readonly (readonly [string, any])[];

export function blockOn(recv: any, name: string, positional: readonly any[], keywords: Keywords = []): unknown {
  const waiting = recv === null || recv === undefined ? undefined : recv[`${name}$async`];
  if (typeof waiting === "function") {
    if (keywords.length === 0) return waiting.apply(recv, positional);
    const sig = signatureOf(recv[name]);
    const args = sig ? bindBySignature(sig, positional, keywords) : [...positional, Object.fromEntries(keywords)];
    return waiting.apply(recv, args);
  }
  if (keywords.length > 0) return callMethodKw(recv, name, positional, keywords);
  return callMethod(recv, name, ...positional);
}

/** `list(it)` over an iterable whose items may have to be waited for (`executor.map(...)`). */
export async function collectBlocking(it: any): Promise<any[]> {
  const out: any[] = [];
  if (it !== null && typeof it === "object" && Symbol.asyncIterator in it) {
    for await (const x of it as AsyncIterable<any>) out.push(x);
    return out;
  }
  for (const x of it as Iterable<any>) out.push(x);
  return out;
}
