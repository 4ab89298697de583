/**
 * Runtime pieces behind the core-semantics translations: size-checked dict
 * and set iteration, binding by signature, total_ordering, class
 * introspection, shadowed class attributes and unary/reflected operators.
 * Expected values and messages are what CPython 3.11 gives for the Python
 * shown in each comment.
 */
import { describe, expect, it } from "vitest";
import {
  FrozenInstanceError,
  AttributeError,
  Exception,
  NotImplemented,
  RuntimeError,
  TypeError,
  bases,
  bindBySignature,
  instanceOrClassAttr,
  kw,
  lambdaKwargs,
  mro,
  mul,
  multiBase,
  pySuper,
  neg,
  object,
  repr,
  sizeChecked,
  totalOrdering,
  tuple,
} from "../../src/runtime/index.js";

describe("sizeChecked", () => {
  it("raises when a dict grows while its keys are iterated", () => {
    // d = {"a": 1}; for k in d: d[k + "!"] = 1  -> RuntimeError: dictionary changed size during iteration
    const d = new Map([["a", 1]]);
    expect(() => {
      for (const k of sizeChecked(d)) d.set(k + "!", 1);
    }).toThrow(new RuntimeError("dictionary changed size during iteration"));
  });

  it("lets values change, and gives items as tuples", () => {
    // for k, v in d.items(): d[k] = v * 2  -> fine
    const d = new Map([["a", 1], ["b", 2]]);
    const seen: unknown[] = [];
    for (const item of sizeChecked(d, "items")) {
      seen.push(repr(item));
      d.set(item[0], item[1] * 2);
    }
    expect(seen).toEqual(["('a', 1)", "('b', 2)"]);
    expect([...sizeChecked(d, "values")]).toEqual([2, 4]);
  });

  it("says Set for sets", () => {
    const s = new Set([1]);
    expect(() => {
      for (const x of sizeChecked(s)) s.add(x + 1);
    }).toThrow(new RuntimeError("Set changed size during iteration"));
  });
});

describe("bindBySignature", () => {
  // def everything(a, b=2, *args, flag=False, **kwargs)
  const everything = { name: "everything", positional: [["a", false], ["b", true]] as const, kwonly: [["flag", true]] as const, varargs: true, kwargs: true };

  it("puts positions, *args and keywords where the translated function takes them", () => {
    // everything(*(10, 20), *[30, 40], flag=True, note="n")
    const out = bindBySignature(everything, [10, 20, 30, 40], [["flag", true], ["note", "n"]]);
    expect(out.slice(0, 5)).toEqual([10, 20, true, 30, 40]);
    expect([...out[5]]).toEqual([["note", "n"]]);
  });

  it("raises Python's TypeErrors", () => {
    // everything(1, a=2) -> everything() got multiple values for argument 'a'
    expect(() => bindBySignature(everything, [1], [["a", 2]])).toThrow(new TypeError("everything() got multiple values for argument 'a'"));
    // def clamp(value, /, low=0, high=10): clamp(value=3)
    const clamp = { name: "clamp", positional: [["value", false, true], ["low", true], ["high", true]] as const, kwonly: [], varargs: false, kwargs: false };
    expect(() => bindBySignature(clamp, [], [["value", 3]])).toThrow(new TypeError("clamp() got some positional-only arguments passed as keyword arguments: 'value'"));
    // def f(a): f(1, 2) -> f() takes 1 positional argument but 2 were given
    const f = { name: "f", positional: [["a", false]] as const, kwonly: [], varargs: false, kwargs: false };
    expect(() => bindBySignature(f, [1, 2], [])).toThrow(new TypeError("f() takes 1 positional argument but 2 were given"));
    expect(() => bindBySignature(f, [], [])).toThrow(new TypeError("f() missing 1 required positional argument: 'a'"));
    expect(() => bindBySignature(f, [], [["b", 1]])).toThrow(new TypeError("f() got an unexpected keyword argument 'b'"));
  });

  it("hands a lambda its **kw whether keywords came as Kwargs or as an options object", () => {
    const a = [1, kw([["x", 1]])];
    expect([...lambdaKwargs(a)]).toEqual([["x", 1]]);
    expect(a).toEqual([1]);
    const b: any[] = [2, { y: 2 }];
    expect([...lambdaKwargs(b)]).toEqual([["y", 2]]);
    expect(b).toEqual([2]);
  });
});

describe("totalOrdering", () => {
  it("derives the missing comparisons from __lt__ and __eq__", () => {
    class Len {
      constructor(readonly n: number) {}
      __eq__(o: any): any {
        return o instanceof Len ? this.n === o.n : NotImplemented;
      }
      __lt__(o: any): any {
        return o instanceof Len ? this.n < o.n : NotImplemented;
      }
    }
    totalOrdering(Len);
    const [a, b] = [new Len(1), new Len(2)] as any[];
    // a <= b, b > a, a >= a, b >= a, a > b
    expect([a.__le__(b), b.__gt__(a), a.__ge__(a), b.__ge__(a), a.__gt__(b)]).toEqual([true, true, true, true, false]);
    expect(a.__le__(3)).toBe(NotImplemented);
  });

  it("needs one ordering method", () => {
    class Plain {}
    expect(() => totalOrdering(Plain)).toThrow("must define at least one ordering operation: < > <= >=");
  });
});

describe("class introspection", () => {
  it("walks __mro__ and __bases__ up to object", () => {
    class AppError extends Exception {}
    class NetworkError extends AppError {}
    // [c.__name__ for c in NetworkError.__mro__]
    expect(mro(NetworkError).map((c: any) => c.name)).toEqual(["NetworkError", "AppError", "Exception", "BaseException", "object"]);
    expect(bases(NetworkError)).toEqual(tuple(AppError));
    class Root {}
    expect(bases(Root)).toEqual(tuple(object));
    expect(mro(Root).map((c: any) => c.name)).toEqual(["Root", "object"]);
  });

  it("reads an instance's own value before its class attribute", () => {
    class Ticket {
      static prefix = "T";
    }
    const a = new Ticket() as any;
    const b = new Ticket();
    a.prefix = "X";
    expect([instanceOrClassAttr(a, "prefix"), instanceOrClassAttr(b, "prefix")]).toEqual(["X", "T"]);
  });

  it("has FrozenInstanceError as an AttributeError", () => {
    expect(new FrozenInstanceError("cannot assign to field 'x'")).toBeInstanceOf(AttributeError);
  });
});

describe("operators on objects", () => {
  class Vec {
    constructor(readonly x: number) {}
    __neg__() {
      return new Vec(-this.x);
    }
    __mul__(k: unknown) {
      return typeof k === "number" ? new Vec(this.x * k) : NotImplemented;
    }
    __rmul__(k: unknown) {
      return this.__mul__(k);
    }
  }

  it("negates through __neg__ and multiplies from the right through __rmul__", () => {
    expect((neg(new Vec(2)) as Vec).x).toBe(-2);
    expect((mul(3, new Vec(2)) as Vec).x).toBe(6);
  });

  it("raises Python's TypeError when both sides answer NotImplemented", () => {
    // Vec(1) * "s" -> unsupported operand type(s) for *: 'Vec' and 'str'
    expect(() => mul(new Vec(1), "s")).toThrow(new TypeError("unsupported operand type(s) for *: 'Vec' and 'str'"));
    // -"s" -> bad operand type for unary -: 'str'
    expect(() => neg("s")).toThrow(new TypeError("bad operand type for unary -: 'str'"));
  });
});

describe("multiple inheritance", () => {
  it("orders a diamond by C3 and lets super() follow the instance's MRO", () => {
    class Base {
      hello(): string {
        return "Base";
      }
    }
    class Loud extends Base {
      hello(): string {
        return `Loud(${pySuper(Loud, this, "hello")()})`;
      }
    }
    class Polite extends Base {
      hello(): string {
        return `Polite(${pySuper(Polite, this, "hello")()})`;
      }
    }
    class Greeter extends multiBase(Loud, Polite) {}
    // class Greeter(Loud, Polite): pass; Greeter().hello() -> Loud(Polite(Base))
    expect(new Greeter().hello()).toBe("Loud(Polite(Base))");
    expect(mro(Greeter).map((c: any) => c.name)).toEqual(["Greeter", "Loud", "Polite", "Base", "object"]);
    expect(bases(Greeter)).toEqual(tuple(Loud, Polite));
    expect(new Greeter() instanceof Polite).toBe(true);
    expect(new Loud() instanceof Polite).toBe(false);
  });

  it("rejects an order C3 cannot build", () => {
    class A {}
    class B extends A {}
    // class C(A, B) -> TypeError: Cannot create a consistent method resolution order (MRO) for bases A, B
    expect(() => multiBase(A, B)).toThrow(new TypeError("Cannot create a consistent method resolution order (MRO) for bases A, B"));
  });
});
