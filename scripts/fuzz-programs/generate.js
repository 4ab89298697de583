// A seeded generator of small Python programs within what tsyncio claims to
// support: expressions over ints, floats, strings, lists, dicts, sets and
// tuples; functions with defaults, keywords, *args and **kwargs; classes;
// exceptions; generators; coroutines with tasks, gather, queues and
// cancellation. Every program prints its intermediate values, so a wrong
// translation shows in its output.
//
// A program is { index, async, defs, blocks }: `defs` are module-level
// definitions (functions, classes) and `blocks` the statements of the
// program's own function. Each def and block is one removable unit for the
// shrinker. Program i of seed s is the same whatever the count or batch.

/** mulberry32: small, fast and good enough for choosing program shapes. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

import { asyncCleanup, asyncUse, closures, generatorProtocol, generatorUse, mixedKeys, richClass } from "./families.js";
import { dictViews, nestedComprehensions, nonlocalState, stringMethods, tryFinallyReturn } from "./families-more.js";

const NUMERIC = ["int", "float", "num"];
const FLOAT_LITERALS = ["0.0", "1.0", "2.0", "-3.0", "0.5", "2.5", "-1.25", "1e3", "100.0", "0.1", "4.0", "1.5e2", "-0.0", "3.0"];
const STR_LITERALS = ['"a"', '"bc"', '"hello"', '""', '"x y"', '"A-b"', '"42"', '"2.5"', "'it''s'".replace("''", "\\'"), '"Zoë"'];
const NONZERO = ["1", "2", "3", "-2", "7", "-5"];

class Gen {
  constructor(seed, index) {
    this.r = rng((seed * 1000003 + index * 7919) >>> 0);
    this.index = index;
    this.vars = []; // { name, type }
    this.counter = 0;
    this.defs = [];
    this.funcs = []; // callable helpers: { name, ret, call: () => string }
    this.classes = [];
    this.gens = [];
    this.coros = [];
  }

  int(lo, hi) {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }
  pick(xs) {
    return xs[Math.floor(this.r() * xs.length)];
  }
  chance(p) {
    return this.r() < p;
  }
  fresh(prefix = "v") {
    return `${prefix}${this.index}_${this.counter++}`;
  }
  varOf(type) {
    const vs = this.vars.filter((v) => v.type === type);
    return vs.length ? this.pick(vs).name : null;
  }

  // ------------------------------------------------------------ expressions

  expr(type, depth = 0) {
    const leaf = depth >= 3 || this.chance(0.3);
    const v = this.chance(0.5) ? this.varOf(type) : null;
    if (v && (leaf || this.chance(0.3))) return v;
    const gen = this[`e_${type}`];
    return gen.call(this, depth + 1, leaf);
  }

  e_int(d, leaf) {
    if (leaf) return String(this.int(-5, 20));
    const n = () => this.expr("int", d);
    const f = () => this.expr("float", d);
    return this.pick([
      () => `(${n()} ${this.pick(["+", "-", "*"])} ${n()})`,
      () => `(${n()} ${this.pick(["//", "%"])} ${this.pick(NONZERO)})`,
      () => `len(${this.expr(this.pick(["str", "list_int", "list_str", "dict"]), d)})`,
      () => `abs(${n()})`,
      () => `-${n()}`,
      () => `int(${f()})`,
      () => `round(${f()})`,
      () => `max(${n()}, ${n()})`,
      () => `min(${n()}, ${n()}, ${n()})`,
      () => `sum(${this.expr("list_int", d)})`,
      () => `(${n()} if ${this.expr("bool", d)} else ${n()})`,
      () => `${this.expr("str", d)}.count("a")`,
      () => `int(${this.pick(['"12"', '" -3 "', '"0"'])})`,
      () => `(${n()} << 2)`,
      () => `(${n()} & 6)`,
      () => this.callHelper("int", d) ?? n(),
    ])();
  }

  e_float(d, leaf) {
    if (leaf) return this.pick(FLOAT_LITERALS);
    const n = () => this.expr("int", d);
    const f = () => this.expr("float", d);
    const x = () => this.expr(this.pick(NUMERIC), d);
    return this.pick([
      () => `(${x()} / ${this.pick([...NONZERO, "2.0", "0.5", "4"])})`,
      () => `(${f()} ${this.pick(["+", "-", "*"])} ${x()})`,
      () => `(${n()} ${this.pick(["+", "-", "*"])} ${f()})`,
      () => `float(${n()})`,
      () => `float(${this.pick(['"2.5"', '"3"', '"1e2"', '"-0.5"', '" 7 "'])})`,
      () => `abs(${f()})`,
      () => `-${f()}`,
      () => `round(${f()}, ${this.int(0, 2)})`,
      () => `math.sqrt(abs(${n()}))`,
      () => `math.fabs(${n()})`,
      () => `math.pow(${this.int(-3, 4)}, 2)`,
      () => `sum(${this.expr("list_float", d)})`,
      () => `sum(${this.expr("list_int", d)}, 0.0)`,
      () => `(${f()} ** 2)`,
      () => `(${f()} // ${this.pick(["2", "0.5", "3.0", "-2"])})`,
      () => `(${f()} % ${this.pick(["2", "1.5", "-3"])})`,
      () => `json.loads(${this.pick(['"2.0"', '"1.5"', '"-4e1"'])})`,
      () => this.callHelper("float", d) ?? f(),
    ])();
  }

  /** A number that may be an int or a float at run time. */
  e_num(d, leaf) {
    if (leaf) return this.chance(0.5) ? String(this.int(-3, 9)) : this.pick(FLOAT_LITERALS);
    const n = () => this.expr("int", d);
    const f = () => this.expr("float", d);
    return this.pick([
      () => `max(${n()}, ${f()})`,
      () => `min(${f()}, ${n()})`,
      () => `(${n()} if ${this.expr("bool", d)} else ${f()})`,
      () => `${this.expr("list_num", d)}[0]`,
      () => `(${this.expr("num", d)} + ${this.expr("num", d)})`,
      () => `(${this.expr("num", d)} * ${n()})`,
      () => `json.loads(${this.pick(['"[1, 2.0]"', '"[3.0, 4]"'])})[${this.int(0, 1)}]`,
      () => this.callHelper("num", d) ?? n(),
    ])();
  }

  e_bool(d, leaf) {
    if (leaf) return this.pick(["True", "False"]);
    const x = () => this.expr(this.pick(NUMERIC), d);
    return this.pick([
      () => `(${x()} ${this.pick(["<", "<=", "==", "!=", ">", ">="])} ${x()})`,
      () => `(${x()} in ${this.expr("list_num", d)})`,
      () => `(${this.expr("str", d)} in ${this.expr("list_str", d)})`,
      () => `(not ${this.expr("bool", d)})`,
      () => `(${this.expr("bool", d)} ${this.pick(["and", "or"])} ${this.expr("bool", d)})`,
      () => `isinstance(${x()}, ${this.pick(["int", "float", "str"])})`,
      () => `${this.expr("str", d)}.startswith("a")`,
      () => `bool(${this.expr(this.pick(["int", "float", "str", "list_int"]), d)})`,
      () => `(${this.expr("str", d)} < ${this.expr("str", d)})`,
    ])();
  }

  e_str(d, leaf) {
    if (leaf) return this.pick(STR_LITERALS);
    const s = () => this.expr("str", d);
    const any = () => this.expr(this.pick(["int", "float", "num", "bool", "list_int", "list_float", "tuple", "dict", "str"]), d);
    return this.pick([
      () => `(${s()} + ${s()})`,
      () => `${s()}.upper()`,
      () => `${s()}.strip()`,
      () => `(${s()} * ${this.int(0, 3)})`,
      () => `str(${any()})`,
      () => `repr(${any()})`,
      () => `f"{${this.quoteless(any())}}|{${this.quoteless(this.expr(this.pick(NUMERIC), d))}!r}"`,
      () => `f"{${this.quoteless(this.expr("float", d))}:.2f}"`,
      () => `"-".join(${this.expr("list_str", d)})`,
      () => `${s()}[1:3]`,
      () => `${s()}.replace("a", "o")`,
      () => `("%s/%r" % (${any()}, ${this.expr("num", d)}))`,
      () => `${s()}.split(" ")[0]`,
      () => `str(${this.expr("list_num", d)})`,
      () => `json.dumps(${this.expr(this.pick(["dict", "list_num", "float"]), d)})`,
    ])();
  }

  e_list_int(d, leaf) {
    if (leaf) return `[${Array.from({ length: this.int(0, 4) }, () => this.int(-3, 9)).join(", ")}]`;
    const xs = () => this.expr("list_int", d);
    return this.pick([
      () => `[${this.expr("int", d)}, ${this.expr("int", d)}]`,
      () => `[x * ${this.int(-2, 3)} for x in ${xs()}]`,
      () => `sorted(${xs()})`,
      () => `sorted(${xs()}, reverse=True)`,
      () => `list(range(${this.int(0, 5)}))`,
      () => `(${xs()} + ${xs()})`,
      () => `[x for x in ${xs()} if x ${this.pick([">", "<", "!="])} ${this.int(-1, 4)}]`,
      () => `${xs()}[1:]`,
      () => `[len(s) for s in ${this.expr("list_str", d)}]`,
    ])();
  }

  e_list_float(d, leaf) {
    if (leaf) return `[${Array.from({ length: this.int(0, 3) }, () => this.pick(FLOAT_LITERALS)).join(", ")}]`;
    return this.pick([
      () => `[${this.expr("float", d)}, ${this.expr("float", d)}]`,
      () => `[x / 2 for x in ${this.expr("list_int", d)}]`,
      () => `[float(x) for x in ${this.expr("list_int", d)}]`,
      () => `[x * 1.5 for x in ${this.expr("list_float", d)}]`,
      () => `sorted(${this.expr("list_float", d)})`,
    ])();
  }

  e_list_num(d, leaf) {
    if (leaf) return `[${this.int(0, 5)}, ${this.pick(FLOAT_LITERALS)}]`;
    return this.pick([
      () => `[${this.expr("int", d)}, ${this.expr("float", d)}, ${this.expr("num", d)}]`,
      () => `(${this.expr("list_int", d)} + ${this.expr("list_float", d)})`,
      () => `sorted(${this.expr("list_num", d)})`,
      () => `[x if x > 1 else x / 2 for x in ${this.expr("list_int", d)}]`,
      () => `list(json.loads("[1, 2.0, 3.5]"))`,
    ])();
  }

  e_list_str(d, leaf) {
    if (leaf) return `[${Array.from({ length: this.int(0, 3) }, () => this.pick(STR_LITERALS)).join(", ")}]`;
    return this.pick([
      () => `${this.expr("str", d)}.split()`,
      () => `[${this.expr("str", d)}, ${this.expr("str", d)}]`,
      () => `sorted(${this.expr("list_str", d)})`,
      () => `[str(x) for x in ${this.expr("list_num", d)}]`,
      () => `sorted(${this.expr("dict", d)})`,
    ])();
  }

  e_dict(d, leaf) {
    if (leaf) return `{"a": ${this.int(0, 9)}, "b": ${this.pick(FLOAT_LITERALS)}}`;
    return this.pick([
      () => `{"k": ${this.expr("num", d)}, "m": ${this.expr("float", d)}}`,
      () => `{s: len(s) for s in ${this.expr("list_str", d)}}`,
      () => `dict(zip(${this.expr("list_str", d)}, ${this.expr("list_num", d)}))`,
      () => `{**${this.expr("dict", d)}, "z": ${this.expr("int", d)}}`,
      () => `json.loads('{"x": 1.0, "y": [2, 2.5]}')`,
    ])();
  }

  e_tuple(d, leaf) {
    if (leaf) return `(${this.int(0, 5)}, ${this.pick(FLOAT_LITERALS)})`;
    return this.pick([
      () => `(${this.expr("int", d)}, ${this.expr("float", d)}, ${this.expr("str", d)})`,
      () => `divmod(${this.expr(this.pick(NUMERIC), d)}, ${this.pick(NONZERO)})`,
      () => `tuple(${this.expr("list_num", d)})`,
      () => `(${this.expr("num", d)},)`,
    ])();
  }

  e_set(d, leaf) {
    if (leaf) return `{${this.int(0, 3)}, ${this.pick(FLOAT_LITERALS)}}`;
    return this.pick([
      () => `set(${this.expr("list_num", d)})`,
      () => `{x % 3 for x in ${this.expr("list_int", d)}}`,
      () => `(${this.expr("set", d)} | ${this.expr("set", d)})`,
    ])();
  }

  /** Python 3.11 f-strings take no quotes or backslashes inside their braces: such an expression becomes a number. */
  quoteless(e) {
    return /["'\\]/.test(e) ? this.pick(["1", "2.0", "-0.5", "(3 / 3)"]) : e;
  }

  /** A call to a helper of the program returning `ret`, with positional, keyword, * and ** arguments. */
  callHelper(ret, d) {
    const fs = this.funcs.filter((f) => f.ret === ret);
    if (!fs.length) return null;
    return this.pick(fs).call(d);
  }

  // ------------------------------------------------------------ definitions

  defFunction() {
    const name = this.fresh("f");
    const shape = this.int(0, 3);
    if (shape === 0) {
      // Defaults and keyword calls; `num` because ints and floats both flow in.
      this.defs.push(`def ${name}(a, b=2.0, c=1):\n    return a * c + b`);
      this.funcs.push({
        name,
        ret: "num",
        call: (d) =>
          this.pick([
            () => `${name}(${this.expr("int", d)})`,
            () => `${name}(${this.expr("num", d)}, c=${this.expr("int", d)})`,
            () => `${name}(c=${this.int(0, 3)}, a=${this.expr("num", d)})`,
            () => `${name}(${this.expr("int", d)}, ${this.expr("int", d)}, ${this.expr("int", d)})`,
            () => `${name}(*[${this.expr("int", d)}, ${this.expr("float", d)}])`,
            () => `${name}(**{"a": ${this.expr("int", d)}, "b": ${this.int(0, 4)}})`,
          ])(),
      });
    } else if (shape === 1) {
      this.defs.push(`def ${name}(*args, scale=1, **kwargs):\n    return len(args) * scale + sum(args) + len(kwargs)`);
      this.funcs.push({
        name,
        ret: "num",
        call: (d) =>
          this.pick([
            () => `${name}()`,
            () => `${name}(${this.expr("int", d)}, ${this.expr("float", d)})`,
            () => `${name}(${this.expr("int", d)}, scale=${this.expr("int", d)}, extra=1)`,
            () => `${name}(*${this.expr("list_int", d)}, k=2)`,
          ])(),
      });
    } else if (shape === 2) {
      // Forwarding wrapper: keywords must reach the inner function.
      const inner = this.fresh("f");
      this.defs.push(`def ${inner}(x, y=0, *, mode="add"):\n    return x + y if mode == "add" else x - y`);
      this.defs.push(`def ${name}(*args, **kwargs):\n    return ${inner}(*args, **kwargs)`);
      this.funcs.push({
        name,
        ret: "num",
        call: (d) =>
          this.pick([
            () => `${name}(${this.expr("num", d)})`,
            () => `${name}(${this.expr("int", d)}, y=${this.expr("float", d)})`,
            () => `${name}(${this.expr("int", d)}, ${this.expr("int", d)}, mode="sub")`,
          ])(),
      });
    } else {
      this.defs.push(`def ${name}(s, sep="-", times=2):\n    return sep.join([s] * times)`);
      this.funcs.push({
        name,
        ret: "str",
        call: (d) =>
          this.pick([
            () => `${name}(${this.expr("str", d)})`,
            () => `${name}(${this.expr("str", d)}, times=${this.int(0, 3)})`,
            () => `${name}(${this.expr("str", d)}, ":", ${this.int(1, 3)})`,
          ])(),
      });
    }
  }

  defClass() {
    const name = `C${this.index}_${this.counter++}`;
    this.defs.push(
      [
        `class ${name}:`,
        `    def __init__(self, x, y=1.0):`,
        `        self.x = x`,
        `        self.y = y`,
        ``,
        `    def total(self, extra=0):`,
        `        return self.x + self.y + extra`,
        ``,
        `    def __repr__(self):`,
        `        return f"${name}({self.x!r}, {self.y!r})"`,
        ``,
        `    def __eq__(self, other):`,
        `        return isinstance(other, ${name}) and self.x == other.x and self.y == other.y`,
      ].join("\n"),
    );
    if (this.chance(0.5)) {
      const sub = `${name}Sub`;
      this.defs.push(
        [
          `class ${sub}(${name}):`,
          `    def __init__(self, x, y=2, z=0.5):`,
          `        super().__init__(x, y)`,
          `        self.z = z`,
          ``,
          `    def total(self, extra=0):`,
          `        return super().total(extra) * self.z`,
        ].join("\n"),
      );
      this.classes.push(sub);
    }
    this.classes.push(name);
  }

  defGenerator() {
    const name = this.fresh("g");
    this.defs.push(`def ${name}(n, step=1.5):\n    for i in range(n):\n        yield i * step\n    return "done"`);
    this.gens.push(name);
  }

  defCoroutine() {
    const name = this.fresh("w");
    this.defs.push(`async def ${name}(x, delay=0, *, label="w"):\n    await asyncio.sleep(delay)\n    print(label, x)\n    return x * 2.0`);
    this.coros.push(name);
  }

  defException() {
    const name = `E${this.index}_${this.counter++}`;
    this.defs.push(`class ${name}(ValueError):\n    def __init__(self, code, detail=""):\n        super().__init__(f"code {code}: {detail}")\n        self.code = code`);
    return name;
  }

  // ------------------------------------------------------------ statements

  indent(text, n = 1) {
    return text
      .split("\n")
      .map((l) => (l ? "    ".repeat(n) + l : l))
      .join("\n");
  }

  assign() {
    const type = this.pick(["int", "float", "num", "str", "bool", "list_int", "list_float", "list_num", "list_str", "dict", "tuple", "set"]);
    const name = this.fresh();
    const value = this.expr(type);
    this.vars.push({ name, type });
    const shown = type === "set" ? `sorted(${name})` : name;
    return `${name} = ${value}\nprint("${name} =", ${this.chance(0.5) ? `repr(${shown})` : shown})`;
  }

  printStmt() {
    const n = this.int(1, 3);
    const parts = Array.from({ length: n }, () => this.expr(this.pick(["int", "float", "num", "str", "bool", "list_num", "dict", "tuple"])));
    return this.chance(0.2) ? `print(${parts.join(", ")}, sep=" | ")` : `print(${parts.join(", ")})`;
  }

  augmented() {
    const v = this.vars.filter((x) => ["int", "float", "num", "str", "list_int"].includes(x.type));
    if (!v.length) return this.assign();
    const x = this.pick(v);
    if (x.type === "str") return `${x.name} += ${this.expr("str")}\nprint(${x.name})`;
    if (x.type === "list_int") return `${x.name} += ${this.expr("list_int")}\n${x.name}.append(${this.expr("int")})\nprint(${x.name}, len(${x.name}))`;
    const op = this.pick(["+=", "-=", "*="]);
    const t = x.type === "int" ? "int" : this.pick(NUMERIC);
    if (t !== "int" && x.type === "int") x.type = "num";
    return `${x.name} ${op} ${this.expr(t)}\nprint(repr(${x.name}))`;
  }

  ifStmt() {
    return `if ${this.expr("bool")}:\n    print("yes", ${this.expr("num")})\nelif ${this.expr("bool")}:\n    print("elif", ${this.expr("str")})\nelse:\n    print("no", ${this.expr("float")})`;
  }

  loop() {
    const acc = this.fresh("acc");
    const init = this.pick(["0", "0.0", "1", "0.5"]);
    const body = this.pick([`${acc} = ${acc} + i * ${this.pick(["0.5", "2", "1.0", "-1"])}`, `${acc} += i / 2`, `${acc} = max(${acc}, i)`, `${acc} = ${acc} * 2 - i`]);
    const n = this.int(0, 5);
    const stmt = this.chance(0.3)
      ? `${acc} = ${init}\ni = 0\nwhile i < ${n}:\n    ${body}\n    i += 1\n    if i == 3:\n        break\nprint("${acc}", ${acc}, i)`
      : `${acc} = ${init}\nfor i in range(${n}):\n    ${body}\n    if i == 2:\n        continue\nprint("${acc}", ${acc})`;
    this.vars.push({ name: acc, type: "num" });
    return stmt;
  }

  container() {
    return this.pick([
      () => {
        const name = this.fresh("d");
        return `${name} = ${this.expr("dict")}\n${name}["new"] = ${this.expr("num")}\nprint(${name}.get("k", -1), ${name}.get("new"))\nfor key, value in sorted(${name}.items()):\n    print(key, value)\nprint(len(${name}), "new" in ${name}, list(${name}.values())[:2])`;
      },
      () => {
        const name = this.fresh("l");
        return `${name} = ${this.expr("list_num")}\n${name}.append(${this.expr("float")})\n${name}.insert(0, ${this.expr("int")})\n${name}.sort()\nprint(${name}, ${name}.pop(), ${name}.index(${name}[0]), ${name}.count(1.0))`;
      },
      () => {
        const name = this.fresh("s");
        return `${name} = ${this.expr("set")}\n${name}.add(${this.expr("num")})\n${name}.discard(${this.int(0, 3)})\nprint(sorted(${name}), len(${name}), ${this.int(0, 3)} in ${name})`;
      },
      () => {
        const name = this.fresh("t");
        return `${name} = ${this.expr("tuple")}\na${name}, *r${name} = ${name}\nprint(a${name}, r${name}, ${name}[-1], len(${name}), ${name} + (1,))`;
      },
      () => {
        const counts = this.fresh("c");
        return `${counts} = {}\nfor x in ${this.expr("list_num")}:\n    ${counts}[x] = ${counts}.get(x, 0) + 1\nprint(${counts})`;
      },
    ])();
  }

  tryStmt() {
    const exc = this.chance(0.4) ? this.defException() : null;
    return this.pick([
      () => `try:\n    print(${this.expr("int")} // ${this.pick(["0", "1", "2"])})\nexcept ZeroDivisionError as e:\n    print("ZeroDivisionError", e)`,
      () => `try:\n    print(${this.expr("float")} / ${this.pick(["0", "0.0", "2"])})\nexcept ZeroDivisionError as e:\n    print("ZeroDivisionError", e)`,
      () => `try:\n    print(${this.expr("list_int")}[${this.int(0, 4)}])\nexcept IndexError as e:\n    print("IndexError", e)\nelse:\n    print("no error")\nfinally:\n    print("finally")`,
      () => `try:\n    print(int(${this.expr("str")}))\nexcept ValueError as e:\n    print("ValueError", e)`,
      () => `try:\n    print(${this.expr("dict")}[${this.pick(['"k"', '"a"', '"x"'])}])\nexcept KeyError as e:\n    print("KeyError", e, repr(e))`,
      () =>
        exc
          ? `try:\n    raise ${exc}(${this.expr("num")}, detail=${this.expr("str")})\nexcept ValueError as e:\n    print(type(e).__name__, e, e.code, isinstance(e, ${exc}))`
          : `try:\n    raise RuntimeError(${this.expr("str")})\nexcept (TypeError, RuntimeError) as e:\n    print("caught", type(e).__name__, e.args)`,
    ])();
  }

  classUse() {
    if (!this.classes.length || this.chance(0.3)) this.defClass();
    const cls = this.pick(this.classes);
    const o = this.fresh("o");
    const args = this.pick([() => this.expr("num"), () => `${this.expr("int")}, ${this.expr("float")}`, () => `${this.expr("int")}, y=${this.expr("num")}`, () => `x=${this.expr("float")}`])();
    return `${o} = ${cls}(${args})\nprint(${o}, ${o}.total(), ${o}.total(extra=${this.expr("num")}))\n${o}.x = ${this.expr("num")}\nprint(repr(${o}), ${o}.x, ${o} == ${cls}(${o}.x, ${o}.y), [${o}])`;
  }

  block(isAsync) {
    const choices = [
      [4, () => this.assign()],
      [3, () => this.printStmt()],
      [2, () => this.augmented()],
      [1, () => this.ifStmt()],
      [1, () => this.loop()],
      [2, () => this.container()],
      [1, () => this.tryStmt()],
      [2, () => this.classUse()],
      [1, () => this.generatorUse()],
      [2, () => {
        if (!this.funcs.length || this.chance(0.4)) this.defFunction();
        return `print(${this.callHelper(this.pick(["num", "str"]), 0) ?? this.expr("num")})`;
      }],
    ];
    choices.push([1, () => this.mixedKeys()], [1, () => this.closures()], [1, () => this.richClass()], [1, () => this.generatorProtocol()]);
    choices.push([2, () => this.dictViews()], [1, () => this.nonlocalState()], [1, () => this.nestedComprehensions()], [1, () => this.tryFinallyReturn()], [1, () => this.stringMethods()]);
    if (isAsync) choices.push([4, () => this.asyncUse()], [1, () => this.asyncCleanup()]);
    const total = choices.reduce((n, [w]) => n + w, 0);
    let x = this.r() * total;
    for (const [w, f] of choices) {
      x -= w;
      if (x < 0) return f();
    }
    return choices[0][1]();
  }
}

Object.assign(Gen.prototype, { asyncCleanup, asyncUse, closures, generatorProtocol, generatorUse, mixedKeys, richClass });
Object.assign(Gen.prototype, { dictViews, nestedComprehensions, nonlocalState, stringMethods, tryFinallyReturn });

/** Program `index` of `seed`. */
export function generateProgram(seed, index) {
  const g = new Gen(seed, index);
  const isAsync = g.chance(0.3);
  const n = g.int(3, 9);
  const blocks = [];
  for (let i = 0; i < n; i++) blocks.push(g.block(isAsync));
  return { seed, index, async: isAsync, defs: g.defs, blocks };
}

export const PRELUDE = "import asyncio\nimport json\nimport math\n";

/** The program's definitions and its function `prog_<index>`. */
export function renderProgram(p) {
  const body = p.blocks.length ? p.blocks.map((b) => b.split("\n").map((l) => (l ? "    " + l : l)).join("\n")).join("\n") : "    pass";
  return [...p.defs, `${p.async ? "async " : ""}def prog_${p.index}():\n${body}`].join("\n\n\n");
}

export const MARK = "~~~~ program";

/** How the batch runs one program: a marker, then the program, its escaping exception shown by type. */
export function renderCall(p) {
  const call = p.async ? `asyncio.run(prog_${p.index}())` : `prog_${p.index}()`;
  return `print("${MARK} ${p.index}")\ntry:\n    ${call}\nexcept Exception as e:\n    print("raised", type(e).__name__)`;
}

/** One Python file running the programs in order. */
export function renderBatch(programs) {
  return `${PRELUDE}\n\n${programs.map(renderProgram).join("\n\n\n")}\n\n\n${programs.map(renderCall).join("\n")}\n`;
}
