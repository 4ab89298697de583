/**
 * The generator and contextlib runtime on hand-written JavaScript generators.
 * Each expectation is what CPython 3.11 does for the equivalent Python,
 * quoted in the comments.
 */
import { describe, expect, it } from "vitest";
import {
  closeWhenDropped,
  contextlib,
  excInfo,
  GeneratorExit,
  genClose,
  genSend,
  genThrow,
  iterate,
  keepOpen,
  leakedStop,
  pyNext,
  RuntimeError,
  StopIteration,
  TypeError,
  ValueError,
} from "../../src/runtime/index.js";

function* worker(log: string[]): Generator<number, string, unknown> {
  try {
    const got = yield 1;
    log.push(`got ${String(got)}`);
    yield 2;
  } catch (e) {
    if (e instanceof GeneratorExit) log.push("GeneratorExit");
    throw e;
  } finally {
    log.push("finally");
  }
  return "done";
}

describe("send, throw, close", () => {
  it("refuses a non-None first send", () => {
    // g.send(1) on a fresh generator -> TypeError: can't send non-None value to a just-started generator
    expect(() => genSend(worker([]), 1)).toThrow(TypeError);
  });

  it("returns the value through StopIteration", () => {
    const log: string[] = [];
    const g = worker(log);
    expect(genSend(g, null)).toBe(1);
    expect(genSend(g, "x")).toBe(2);
    // the return value arrives as StopIteration.value == 'done'
    let stop: unknown;
    try {
      pyNext(g);
    } catch (e) {
      stop = e;
    }
    expect(stop).toBeInstanceOf(StopIteration);
    expect((stop as StopIteration).value).toBe("done");
    expect(log).toEqual(["got x", "finally"]);
  });

  it("close() raises GeneratorExit at the paused yield, and a fresh generator runs nothing", () => {
    const log: string[] = [];
    const g = worker(log);
    pyNext(g);
    genClose(g);
    expect(log).toEqual(["GeneratorExit", "finally"]);
    const fresh: string[] = [];
    genClose(worker(fresh));
    expect(fresh).toEqual([]);
  });

  it("throw() into a fresh generator raises at once", () => {
    const log: string[] = [];
    expect(() => genThrow(worker(log), new ValueError("early"))).toThrow(ValueError);
    expect(log).toEqual([]);
  });
});

describe("loops", () => {
  it("a temporary generator left early is closed with GeneratorExit", () => {
    const log: string[] = [];
    for (const _ of iterate(worker(log))) break;
    // for x in worker(): break  -> GeneratorExit, finally
    expect(log).toEqual(["GeneratorExit", "finally"]);
  });

  it("a held async generator is not closed by leaving the loop", async () => {
    const log: string[] = [];
    async function* ticks(): AsyncGenerator<number> {
      try {
        yield 1;
        yield 2;
      } finally {
        log.push("finally");
      }
    }
    const held = ticks();
    for await (const _ of keepOpen(held)) break;
    expect(log).toEqual([]);
    expect((await held.next()).value).toBe(2);
  });

  it("a temporary async generator is left alone when there is no loop to close it later", async () => {
    const log: string[] = [];
    async function* ticks(): AsyncGenerator<number> {
      try {
        yield 1;
      } finally {
        log.push("finally");
      }
    }
    for await (const _ of closeWhenDropped(ticks())) break;
    expect(log).toEqual([]);
  });
});

describe("PEP 479", () => {
  it("turns StopIteration into RuntimeError with the cause kept", () => {
    const stop = new StopIteration("manual");
    const err = leakedStop(stop) as RuntimeError;
    expect(err).toBeInstanceOf(RuntimeError);
    expect(String(err.message)).toBe("generator raised StopIteration");
    expect(err.__cause__).toBe(stop);
    const other = new ValueError("x");
    expect(leakedStop(other)).toBe(other);
  });
});

describe("contextlib", () => {
  it("gives __exit__ a traceback", () => {
    const [type, value, tb] = excInfo(new ValueError("v"));
    expect(type).toBe(ValueError);
    expect(value).toBeInstanceOf(ValueError);
    expect(tb).not.toBeNull();
  });

  it("pop_all moves the callbacks to a new stack", () => {
    const log: string[] = [];
    const stack = new contextlib.ExitStack();
    stack.callback(() => log.push("closed"));
    const moved = stack.pop_all();
    stack.close();
    expect(log).toEqual([]);
    moved.close();
    expect(log).toEqual(["closed"]);
  });
});
