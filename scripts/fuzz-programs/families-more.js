// More statement families for the program generator (generate.js): dict
// views kept, printed, combined as sets and iterated while the dict changes;
// nonlocal state over several levels; nested comprehensions; try/finally
// with return, break and continue; string methods. Each function is a
// method of the generator (`this` is its Gen) returning one block.
// Sets printed here hold ints only: CPython orders str elements by hash.

const INT_KEYS = ["0", "1", "2", "3", "5", "8", "13", "-1", "-4", "21"];
const STR_KEYS = ['"a"', '"b"', '"cc"', '"d e"', '"k"', '"new"'];

/** A dict literal of 0-4 entries with int or str keys. */
function dictLiteral(g, keys) {
  const n = g.int(0, 4);
  const entries = Array.from({ length: n }, () => `${g.pick(keys)}: ${g.expr(g.pick(["int", "float", "str"]))}`);
  return `{${entries.join(", ")}}`;
}

/** Dict views: live, printed, set operations, membership, mutation while iterating. */
export function dictViews() {
  const d = this.fresh("dv");
  const keys = this.chance(0.6) ? INT_KEYS : STR_KEYS;
  const key = () => this.pick(keys);
  const intSet = () => {
    const n = this.int(0, 3);
    return n === 0 ? "set()" : `{${Array.from({ length: n }, () => this.pick(INT_KEYS)).join(", ")}}`;
  };
  const k = `${d}k`;
  return this.pick([
    () =>
      [
        `${d} = ${dictLiteral(this, keys)}`,
        `${k}, ${d}v, ${d}i = ${d}.keys(), ${d}.values(), ${d}.items()`,
        `${d}[${key()}] = ${this.expr("num")}`,
        `${d}.pop(${key()}, None)`,
        `print(${k}, ${d}v, ${d}i, len(${k}), ${key()} in ${k}, bool(${d}i))`,
        `print(list(${k}), list(reversed(${d}i)), sorted(${k}, key=repr)[:2])`,
      ].join("\n"),
    () =>
      [
        `${d} = {${Array.from({ length: this.int(1, 4) }, () => `${this.pick(INT_KEYS)}: ${this.int(0, 3)}`).join(", ")}}`,
        `${k} = ${d}.keys()`,
        `print(${k} & ${intSet()}, ${k} | ${intSet()}, ${k} - ${intSet()}, ${k} ^ ${intSet()})`,
        `print(${intSet()} - ${k}, ${k} == ${intSet()}, ${k} <= ${intSet()}, ${k}.isdisjoint(${intSet()}))`,
        `print(sorted(${d}.items() - {(${this.pick(INT_KEYS)}, ${this.int(0, 3)})}), (${this.pick(INT_KEYS)}, ${this.int(0, 3)}) in ${d}.items())`,
      ].join("\n"),
    () =>
      [
        `${d} = ${dictLiteral(this, keys)}`,
        `try:`,
        `    for ${k} in ${this.pick([d, `${d}.keys()`, `${d}.values()`])}:`,
        `        ${this.pick([`${d}[${key()}] = 0`, `${d}.pop(${key()}, None)`, `${d}.setdefault(${key()}, 1)`, `print("saw", ${k})`])}`,
        `    print("done", ${d})`,
        `except RuntimeError as e:`,
        `    print("RuntimeError", e)`,
      ].join("\n"),
    () =>
      [
        `def ${d}f(view):`,
        `    return list(view), len(view), view`,
        `${d} = ${dictLiteral(this, keys)}`,
        `print(${d}f(${d}.${this.pick(["keys", "values", "items"])}()))`,
        `print(dict(${d}.items()) == ${d}, [x for x in ${d}.values()], {v: kk for kk, v in ${d}.items() if v})`,
      ].join("\n"),
  ])();
}

/** nonlocal over two levels, a counter object made of closures, global-free state. */
export function nonlocalState() {
  const f = this.fresh("nl");
  return this.pick([
    () =>
      [
        `def ${f}(start=${this.expr("int")}):`,
        `    count = start`,
        `    def outer(step):`,
        `        def inner():`,
        `            nonlocal count`,
        `            count += step`,
        `            return count`,
        `        return inner`,
        `    return outer`,
        `${f}o = ${f}()`,
        `${f}a, ${f}b = ${f}o(${this.int(1, 3)}), ${f}o(${this.expr("num")})`,
        `print(${f}a(), ${f}b(), ${f}a(), ${f}b())`,
      ].join("\n"),
    () =>
      [
        `def ${f}():`,
        `    items = []`,
        `    total = 0`,
        `    def add(x):`,
        `        nonlocal total`,
        `        items.append(x)`,
        `        total = total + x`,
        `        return total`,
        `    def reset():`,
        `        nonlocal items, total`,
        `        items, total = [], 0`,
        `    def show():`,
        `        return items, total`,
        `    return add, reset, show`,
        `${f}add, ${f}reset, ${f}show = ${f}()`,
        `print(${f}add(${this.expr("num")}), ${f}add(${this.expr("int")}), ${f}show())`,
        `${f}reset()`,
        `print(${f}show(), ${f}add(${this.expr("float")}))`,
      ].join("\n"),
  ])();
}

/** Comprehensions inside comprehensions, with conditions and several for clauses. */
export function nestedComprehensions() {
  const n = this.int(0, 4);
  const m = this.fresh("nc");
  return this.pick([
    () => `${m} = [[i * j for j in range(i)] for i in range(${n})]\nprint(${m}, [x for row in ${m} for x in row if x % 2 == 0])`,
    () => `${m} = {i: [j ${this.pick(["/ 2", "* 1.5", "+ 0.0", "// 2"])} for j in range(i) if j != 1] for i in range(${n})}\nprint(${m}, sum(len(v) for v in ${m}.values()))`,
    () => `${m} = [(a, b) for a in ${this.expr("list_int")} for b in ${this.expr("list_int")} if a < b]\nprint(${m}, {a + b for a, b in ${m}}, max((b for _, b in ${m}), default=None))`,
    () => `${m} = [[c.upper() for c in w] for w in ${this.expr("list_str")}]\nprint(${m}, ["".join(r) for r in ${m}], {len(r): r for r in ${m}})`,
    () => `${m} = [x for x in [y * 2 for y in range(${n})] if x > ${this.int(0, 3)}]\nprint(${m}, list(zip(${m}, [z for z in "${"abcdef".slice(0, this.int(0, 6))}"])))`,
  ])();
}

/** try/finally where the finally runs on return, break and continue, and a return in finally wins. */
export function tryFinallyReturn() {
  const f = this.fresh("tf");
  return this.pick([
    () =>
      [
        `def ${f}(x):`,
        `    try:`,
        `        if x > 1:`,
        `            return "big"`,
        `        return "small"`,
        `    finally:`,
        `        print("finally", x)`,
        `print(${f}(${this.expr("num")}), ${f}(${this.int(0, 3)}))`,
      ].join("\n"),
    () =>
      [
        `def ${f}(x):`,
        `    try:`,
        `        return 1 / x`,
        `    except ZeroDivisionError:`,
        `        return "div"`,
        `    finally:`,
        `        ${this.pick(['print("cleanup")', 'return "finally wins"'])}`,
        `print(${f}(${this.pick(["0", "2", "0.5", "-4"])}))`,
      ].join("\n"),
    () =>
      [
        `${f} = []`,
        `for i in range(${this.int(0, 5)}):`,
        `    try:`,
        `        if i == 1:`,
        `            continue`,
        `        if i == 3:`,
        `            break`,
        `        ${f}.append(i)`,
        `    finally:`,
        `        ${f}.append(-i)`,
        `print(${f})`,
      ].join("\n"),
    () =>
      [
        `def ${f}():`,
        `    try:`,
        `        raise ValueError(${this.expr("str")})`,
        `    finally:`,
        `        return "swallowed"`,
        `print(${f}())`,
      ].join("\n"),
  ])();
}

/** str methods with their optional arguments, formatting and slicing. */
export function stringMethods() {
  const s = this.fresh("sm");
  const text = this.pick(['"  Hello, World  "', '"a,b,,c"', '"one two  three"', '"x-y-z"', '""', '"Zoë 42"', '"line1\\nline2\\n"', '"aaa"', '"MiXeD case"']);
  return this.pick([
    () => `${s} = ${text}\nprint(repr(${s}.strip()), ${s}.split(), ${s}.split(","), ${s}.split(${this.pick(['"-"', '" "', '","'])}, ${this.int(0, 2)}), ${s}.rsplit(None, 1))`,
    () => `${s} = ${text}\nprint(${s}.upper(), ${s}.lower(), ${s}.title(), ${s}.capitalize(), ${s}.swapcase(), ${s}.casefold())`,
    () => `${s} = ${text}\nprint(${s}.find("o"), ${s}.rfind("o"), ${s}.count("a"), ${s}.replace("a", "A", ${this.int(-1, 2)}), ${s}.startswith(("H", " ")), ${s}.endswith("e"))`,
    () => `${s} = ${text}\nprint(repr(${s}.center(${this.int(0, 20)}, "*")), repr(${s}.ljust(${this.int(0, 16)})), repr(${s}.rjust(${this.int(0, 16)}, ".")), ${s}.zfill(${this.int(0, 12)}))`,
    () => `${s} = ${text}\nprint(${s}.partition(","), ${s}.rpartition(" "), ${s}.splitlines(), ${s}.isdigit(), ${s}.isalpha(), ${s}.isspace())`,
    () => `${s} = ${text}\nprint(${s}[::-1], ${s}[1:${this.int(-3, 5)}], ${s}[::${this.pick(["2", "-2", "3"])}], "-".join(${s}.split()), f"{${s}!r:>20}|{len(${s}):03d}")`,
    () => `${s} = ${text}\nprint("%s|%5.2f|%-4d|%r" % (${s}, ${this.expr("float")}, ${this.expr("int")}, ${s}), "{0}:{1!r}:{0}".format(${s}, ${this.expr("num")}))`,
    () => `${s} = ${text}\ntry:\n    print(${s}.index(${this.pick(['"o"', '"zz"', '","'])}))\nexcept ValueError as e:\n    print("ValueError", e)`,
  ])();
}
