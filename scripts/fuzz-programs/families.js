// Statement families of the program generator beyond plain expressions
// (generate.js): generators and coroutines in use; keys that mix ints, floats and bools; closures; classes with
// properties and dunders; generators driven by send/throw/close; coroutines
// with try/finally, async context managers and cancellation. Each function
// is a method of the generator (`this` is its Gen) returning one block.

/** dict, set and tuple keys mixing 1, 1.0 and True, reached by typed and untyped paths. */
export function mixedKeys() {
  const d = this.fresh("k");
  const key = () => this.pick(["0", "1", "2", "0.0", "1.0", "2.0", "True", "False", "-0.0", 'json.loads("1.0")', 'json.loads("[2.0]")[0]', "(1 == 1)", "len([1])"]);
  return this.pick([
    () => `${d} = {${key()}: "a", ${key()}: "b", ${key()}: "c"}\n${d}[${key()}] = "d"\nprint(${d}, len(${d}), ${key()} in ${d}, ${d}.get(${key()}, "-"))\nfor ${d}k in list(${d}):\n    print(repr(${d}k), ${d}[${d}k])`,
    () => `${d} = {${key()}, ${key()}, ${key()}}\n${d}.add(${key()})\n${d}.discard(${key()})\nprint(sorted(${d}), len(${d}), ${key()} in ${d})`,
    () => `${d} = {(${key()}, ${key()}): "t"}\n${d}[(${key()}, ${key()})] = "u"\nprint(${d}, (${key()}, ${key()}) in ${d})`,
    () => `${d} = {}\nfor x in [${key()}, ${key()}, ${key()}, ${key()}]:\n    ${d}[x] = ${d}.get(x, 0) + 1\nprint(${d}, ${d}.get(1), ${d}.pop(${key()}, None), ${d})`,
    () => `${d}: dict[int, str] = {0: "zero", 1: "one"}\n${d}[${key()}] = "x"\nprint(${d}, ${d}[1], 1 in ${d}, ${d}.get(0))\nfor ${d}k, ${d}v in ${d}.items():\n    print(${d}k, ${d}v)`,
  ])();
}

/** Nested functions: nonlocal state, factories, late and early binding of loop variables. */
export function closures() {
  const name = this.fresh("mk");
  const [a, b, c] = [this.fresh("cl"), this.fresh("cl"), this.fresh("cl")];
  return this.pick([
    () =>
      [
        `def ${name}(start=${this.pick(["0", "0.5", "1"])}):`,
        `    total = start`,
        `    def add(x, *, times=1):`,
        `        nonlocal total`,
        `        total += x * times`,
        `        return total`,
        `    return add`,
        `${a} = ${name}()`,
        `print(${a}(${this.expr("num")}), ${a}(2, times=${this.int(0, 3)}), ${a}(${this.expr("int")}))`,
      ].join("\n"),
    () => `${a} = [lambda: i for i in range(3)]\n${b} = [lambda i=i: i * ${this.pick(["2", "0.5"])} for i in range(3)]\nprint([f() for f in ${a}], [g() for g in ${b}])`,
    () =>
      [
        `def ${name}(k):`,
        `    def scale(x, offset=0):`,
        `        return x * k + offset`,
        `    return scale`,
        `${a} = ${name}(${this.expr("num")})`,
        `print(${a}(${this.expr("int")}), ${a}(2, offset=${this.expr("num")}), ${a}(offset=1, x=${this.expr("float")}))`,
      ].join("\n"),
    () =>
      [
        `def ${name}():`,
        `    seen = []`,
        `    def visit(v):`,
        `        seen.append(v)`,
        `        return len(seen)`,
        `    return visit, seen`,
        `${a}, ${b} = ${name}()`,
        `print(${a}(${this.expr("num")}), ${a}(${this.expr("str")}), ${b})`,
      ].join("\n"),
  ])();
}

/** A class with a property, arithmetic and comparison dunders, iteration and hashing. */
export function richClass() {
  const name = `R${this.index}_${this.counter++}`;
  this.defs.push(
    [
      `class ${name}:`,
      `    def __init__(self, v, w=1):`,
      `        self._v = v`,
      `        self.w = w`,
      ``,
      `    @property`,
      `    def v(self):`,
      `        return self._v`,
      ``,
      `    @v.setter`,
      `    def v(self, value):`,
      `        self._v = value * 2`,
      ``,
      `    def __add__(self, other):`,
      `        if isinstance(other, ${name}):`,
      `            return ${name}(self._v + other._v, self.w)`,
      `        return ${name}(self._v + other, self.w)`,
      ``,
      `    def __radd__(self, other):`,
      `        return self.__add__(other)`,
      ``,
      `    def __lt__(self, other):`,
      `        return self._v < other._v`,
      ``,
      `    def __eq__(self, other):`,
      `        return isinstance(other, ${name}) and self._v == other._v`,
      ``,
      `    def __hash__(self):`,
      `        return hash(self._v)`,
      ``,
      `    def __len__(self):`,
      `        return int(abs(self._v)) % 5`,
      ``,
      `    def __iter__(self):`,
      `        yield self._v`,
      `        yield self.w`,
      ``,
      `    def __contains__(self, x):`,
      `        return x == self._v or x == self.w`,
      ``,
      `    def __repr__(self):`,
      `        return f"${name}({self._v!r}, w={self.w!r})"`,
      ``,
      `    def __str__(self):`,
      `        return f"<{self._v}>"`,
    ].join("\n"),
  );
  const o = this.fresh("r");
  const p = this.fresh("r");
  return [
    `${o} = ${name}(${this.expr("num")}, w=${this.expr("num")})`,
    `${p} = ${name}(${this.expr("int")})`,
    `print(${o}, repr(${o}), ${o}.v, len(${o}), list(${o}), ${this.expr("num")} in ${o})`,
    `${o}.v = ${this.expr("num")}`,
    `print(${o} + ${p}, ${o} + ${this.expr("num")}, sum([${o}, ${p}], 0), sorted([${o}, ${p}]), ${o} == ${p})`,
    `print({${o}: 1, ${p}: 2}.get(${name}(${o}.v / 2)), str([${o}]), f"{${o}}|{${o}!r}")`,
  ].join("\n");
}

/** Generators driven by send, throw and close, and delegation with yield from. */
export function generatorProtocol() {
  const name = this.fresh("gp");
  this.defs.push(
    [
      `def ${name}(start=0):`,
      `    total = start`,
      `    try:`,
      `        while True:`,
      `            try:`,
      `                x = yield total`,
      `            except ValueError as e:`,
      `                print("thrown", e)`,
      `                x = -1`,
      `            if x is None:`,
      `                break`,
      `            total += x`,
      `    finally:`,
      `        print("closing", total)`,
      `    return total`,
    ].join("\n"),
  );
  const g = this.fresh("it");
  // Closed explicitly whatever happens: CPython would finalize one left suspended the moment its last reference goes,
  // which JavaScript cannot see (a known limit, in the README), and its finally prints.
  const closed = (body) => `try:\n${this.indent(body)}\nfinally:\n    ${g}.close()`;
  return this.pick([
    () => `${g} = ${name}(${this.expr("num")})\n` + closed(`print(next(${g}), ${g}.send(${this.expr("num")}), ${g}.send(2))\ntry:\n    ${g}.send(None)\nexcept StopIteration as e:\n    print("returned", e.value)`),
    () => `${g} = ${name}()\n` + closed(`next(${g})\nprint(${g}.throw(ValueError("bad")), ${g}.send(${this.expr("int")}))\n${g}.close()\nprint("closed")`),
    () => {
      const outer = this.fresh("outer");
      return `def ${outer}():\n    r = yield from ${name}(${this.expr("int")})\n    yield ("result", r)\n${g} = ${outer}()\n${closed(`print(next(${g}), ${g}.send(${this.expr("num")}), ${g}.send(None))`)}`;
    },
  ])();
}

/** Coroutines with try/finally, async context managers and cancellation in a finally. */
export function asyncCleanup() {
  const name = this.fresh("ac");
  const cm = `CM${this.index}_${this.counter++}`;
  this.defs.push(
    [
      `class ${cm}:`,
      `    def __init__(self, tag):`,
      `        self.tag = tag`,
      ``,
      `    async def __aenter__(self):`,
      `        print("enter", self.tag)`,
      `        return self.tag * 2`,
      ``,
      `    async def __aexit__(self, et, e, tb):`,
      `        print("exit", self.tag, et.__name__ if et else None)`,
      `        return et is KeyError`,
    ].join("\n"),
  );
  this.defs.push(
    [
      `async def ${name}(x, fail=False):`,
      `    try:`,
      `        await asyncio.sleep(0)`,
      `        if fail:`,
      `            raise KeyError(x)`,
      `        return x / 2`,
      `    finally:`,
      `        print("finally", x)`,
    ].join("\n"),
  );
  return this.pick([
    () => `print(await ${name}(${this.expr("num")}))\ntry:\n    await ${name}(${this.expr("int")}, fail=True)\nexcept KeyError as e:\n    print("KeyError", e)`,
    () => `print(await asyncio.gather(${name}(1), ${name}(2, fail=True), ${name}(${this.expr("num")}), return_exceptions=True))`,
    () => {
      const v = this.fresh("v");
      return `async with ${cm}(${this.expr("int")}) as ${v}:\n    print("inside", ${v})\n    raise KeyError("swallowed")\nprint("after", ${v})`;
    },
    () => {
      const t = this.fresh("t");
      return `${t} = asyncio.create_task(${name}(${this.expr("num")}))\nawait asyncio.sleep(0)\n${t}.cancel()\ntry:\n    print(await ${t})\nexcept asyncio.CancelledError:\n    print("cancelled", ${t}.cancelled())`;
    },
  ])();
}

/** A generator function of the program, consumed by list, sum, next and a comprehension. */
export function generatorUse() {
  if (!this.gens.length || this.chance(0.3)) this.defGenerator();
  const g = this.pick(this.gens);
  return this.pick([
    () => `print(list(${g}(${this.int(0, 4)})), sum(${g}(${this.int(0, 4)}, step=2)))`,
    () => {
      const it = this.fresh("it");
      return `${it} = ${g}(2, ${this.pick(["0.5", "1", "2.0"])})\nprint(next(${it}), next(${it}), next(${it}, "end"))`;
    },
    () => `print([x * 2 for x in ${g}(3, step=${this.pick(["1", "0.5", "1.0"])})], max(${g}(3), default=-1))`,
    () => {
      const it = this.fresh("it");
      return `${it} = ${g}(1)\nnext(${it})\ntry:\n    next(${it})\nexcept StopIteration as e:\n    print("stop", e.value)`;
    },
  ])();
}

/** Coroutines with await, gather, tasks, queues, cancellation and timeouts. */
export function asyncUse() {
  if (!this.coros.length || this.chance(0.3)) this.defCoroutine();
  const w = this.pick(this.coros);
  return this.pick([
    () => `print(await ${w}(${this.expr("num")}))`,
    () => `print(await ${w}(${this.expr("int")}, label="k"))`,
    () => `print(await asyncio.gather(${w}(${this.expr("num")}), ${w}(${this.expr("int")}, label="second"), ${w}(1.0, 0.01)))`,
    () => {
      const t = this.fresh("t");
      return `${t} = asyncio.create_task(${w}(${this.expr("float")}))\nprint("created")\nprint(await ${t}, ${t}.done())`;
    },
    () => {
      const q = this.fresh("q");
      return `${q} = asyncio.Queue()\nfor i in range(${this.int(1, 4)}):\n    ${q}.put_nowait(i * ${this.pick(["0.5", "1.0", "2"])})\nwhile not ${q}.empty():\n    print("got", await ${q}.get())`;
    },
    () => {
      const q = this.fresh("q");
      return [
        `${q} = asyncio.Queue()`,
        `async def producer():`,
        `    for i in range(3):`,
        `        await ${q}.put(i / 2)`,
        `    await ${q}.put(None)`,
        `async def consumer():`,
        `    total = 0`,
        `    while (item := await ${q}.get()) is not None:`,
        `        total += item`,
        `        print("item", item)`,
        `    return total`,
        `print(await asyncio.gather(producer(), consumer()))`,
      ].join("\n");
    },
    () => {
      const t = this.fresh("t");
      return `${t} = asyncio.create_task(asyncio.sleep(10))\nawait asyncio.sleep(0)\n${t}.cancel()\ntry:\n    await ${t}\nexcept asyncio.CancelledError:\n    print("cancelled", ${t}.cancelled())`;
    },
    () => `try:\n    await asyncio.wait_for(asyncio.sleep(5), timeout=0.01)\nexcept asyncio.TimeoutError:\n    print("timeout")`,
    () => {
      const t = this.fresh("t");
      return `${t} = [asyncio.create_task(${w}(i, label=f"task{i}")) for i in range(${this.int(1, 3)})]\nprint([await x for x in ${t}])`;
    },
  ])();
}
