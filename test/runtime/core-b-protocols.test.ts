/**
 * Builtins over user classes that implement Python's protocols (__iter__,
 * __next__, __getitem__, __eq__/__hash__, __lt__, __len__, __contains__,
 * __aiter__/__anext__). Expected lines are CPython 3.11's output of the
 * equivalent Python program (kept in the comments).
 */
import { describe, expect, it } from "vitest";
import {
  aiter,
  anext,
  contains,
  getattr,
  getitem,
  hasattr,
  isinstance,
  iter,
  len,
  list,
  max,
  next,
  reversed,
  set,
  setattr,
  sorted,
  sum,
  dict,
} from "../../src/runtime/builtins.js";
import { callMethod } from "../../src/runtime/methods.js";
import { StopAsyncIteration, StopIteration, IndexError, AttributeError } from "../../src/runtime/exceptions.js";
import { repr, str, tuple } from "../../src/runtime/repr.js";

function line(...values: unknown[]): string {
  return values.map((v) => (typeof v === "boolean" ? (v ? "True" : "False") : str(v))).join(" ");
}

class Countdown {
  constructor(public n: number) {}
  __iter__() {
    return this;
  }
  __next__() {
    if (this.n <= 0) throw new StopIteration();
    this.n -= 1;
    return this.n + 1;
  }
}

class Seq {
  __getitem__(i: number) {
    if (i >= 3) throw new IndexError(i);
    return i * 10;
  }
}

class Box {
  constructor(public v: number) {}
  __eq__(o: unknown) {
    return isinstance(o, Box) && (o as Box).v === this.v;
  }
  __hash__() {
    return this.v;
  }
  __lt__(o: Box) {
    return this.v < o.v;
  }
  __repr__() {
    return `Box(${this.v})`;
  }
  __len__() {
    return this.v;
  }
  __contains__(x: unknown) {
    return x === "magic";
  }
}

class Agen {
  i = 0;
  __aiter__() {
    return this;
  }
  async __anext__() {
    this.i += 1;
    if (this.i > 2) throw new StopAsyncIteration();
    return this.i;
  }
}

describe("builtins over user protocol classes (as CPython)", () => {
  it("iterators with __iter__/__next__", () => {
    // print(list(Countdown(3)), sorted(Countdown(3)), sum(Countdown(4)), 2 in Countdown(3))
    expect(line(list(new Countdown(3)), sorted(new Countdown(3)), sum(new Countdown(4)), contains(new Countdown(3), 2))).toBe("[3, 2, 1] [1, 2, 3] 10 True");
    // c = Countdown(2); print(iter(c) is c, next(c), next(c), next(c, "done"))
    const c = new Countdown(2);
    expect(line(iter(c) === c, next(c), next(c), next(c, "done"))).toBe("True 2 1 done");
  });

  it("the old __getitem__ sequence protocol", () => {
    // print(list(Seq()), 20 in Seq(), list(reversed([1,2])))
    expect(line(list(new Seq()), contains(new Seq(), 20), list(reversed([1, 2])))).toBe("[0, 10, 20] True [2, 1]");
  });

  it("__eq__/__hash__ keys, __lt__ ordering, __len__, __contains__", () => {
    const d = dict([tuple(new Box(1), "one")]);
    // print(d[Box(1)], Box(2) in d, len({Box(1), Box(1), Box(2)}), sorted([Box(3), Box(1), Box(2)]), max([Box(3), Box(5), Box(1)]))
    expect(line(getitem(d, new Box(1)), contains(d, new Box(2)), len(set([new Box(1), new Box(1), new Box(2)])), sorted([new Box(3), new Box(1), new Box(2)]), max([new Box(3), new Box(5), new Box(1)]))).toBe(
      "one False 2 [Box(1), Box(2), Box(3)] Box(5)",
    );
    // print(len(Box(7)), "magic" in Box(0), "x" in Box(0), [Box(1)] == [Box(1)], Box(1) != Box(2), [Box(1)].index(Box(1)))
    expect(line(len(new Box(7)), contains(new Box(0), "magic"), contains(new Box(0), "x"), repr([new Box(1)]) === "[Box(1)]", !new Box(1).__eq__(new Box(2)), callMethod([new Box(1)], "index", new Box(1)))).toBe("7 True False True True 0");
  });

  it("iter(callable, sentinel)", () => {
    // calls = iter([1, 2, 3, 0, 4]); print(list(iter(lambda: next(calls), 0)))
    const calls = iter([1, 2, 3, 0, 4]);
    expect(repr(list(iter(() => next(calls), 0)))).toBe("[1, 2, 3]");
  });

  it("aiter/anext over __aiter__/__anext__ and async generators", async () => {
    const it = aiter(new Agen());
    // print(await anext(it), await anext(it), await anext(it, "end"))
    expect(line(await anext(it), await anext(it), await anext(it, "end"))).toBe("1 2 end");
    async function* gen() {
      yield "a";
    }
    const g = gen();
    // print(await anext(g), await anext(g, None))
    expect(line(await anext(g), await anext(g, null))).toBe("a None");
    await expect(anext(g)).rejects.toBeInstanceOf(StopAsyncIteration);
    // async for over the aiter() result works too
    const seen: number[] = [];
    for await (const v of aiter(new Agen())) seen.push(v as number);
    expect(seen).toEqual([1, 2]);
  });

  it("getattr / setattr / hasattr", () => {
    // print(getattr(Box(4), "v"), getattr(Box(4), "w", None), hasattr(Box(1), "v"), hasattr(Box(1), "nope"))
    expect(line(getattr(new Box(4), "v"), getattr(new Box(4), "w", null), hasattr(new Box(1), "v"), hasattr(new Box(1), "nope"))).toBe("4 None True False");
    const b = new Box(1);
    setattr(b, "v", 9);
    // print(b, getattr(b, "__len__")())
    expect(line(b, getattr(b, "__len__")())).toBe("Box(9) 9");
    // getattr(b, "nope") -> AttributeError: 'Box' object has no attribute 'nope'
    expect(() => getattr(b, "nope")).toThrow(AttributeError);
    try {
      getattr(b, "nope");
    } catch (e) {
      expect(str(e)).toBe("'Box' object has no attribute 'nope'");
    }
  });
});
