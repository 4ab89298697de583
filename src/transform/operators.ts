/**
 * Arithmetic, comparison and boolean operators. Where the static types show
 * JavaScript's operator does what Python's does, it is used as is; where
 * they differ (floor division, modulo of negatives, division by zero, `+` on
 * lists, `==` on containers) the runtime's operator is called.
 */
import { ANY, BOOL, FLOAT, INT, NUMBER, STR, isNumeric, join, type PyType } from "../analyze/types.js";
import type { SyntaxNode } from "../parse/parser.js";
import type { Context, Expr } from "./context.js";
import { cond, elementType, expr, registerExpressions } from "./expressions.js";
import { percentFormat } from "./strings.js";
import { condition, jsTruthinessMatches } from "./truthiness.js";
import { intArith, provablySmall } from "./int-width.js";

const num = (t: PyType): boolean => isNumeric(t);
/** A type known not to be a number (a str, a container, an instance): its operators are its own. */
const nonNumeric = (t: PyType): boolean => ["str", "list", "tuple", "dict", "set", "instance", "class", "func"].includes(t.k);
const primitive = (t: PyType): boolean => ["int", "float", "str", "bool", "none"].includes(t.k);

function arithType(a: PyType, b: PyType): PyType {
  if (a.k === "float" || b.k === "float") return FLOAT;
  if (a.k === "number" || b.k === "number") return NUMBER;
  if (num(a) && num(b)) return INT;
  return ANY;
}

/** A divisor that is a non-zero number literal cannot raise ZeroDivisionError. */
function nonZeroLiteral(node: SyntaxNode): boolean {
  return (node.type === "integer" || node.type === "float") && Number(node.text.replace(/_/g, "")) !== 0;
}

function binary(node: SyntaxNode, ctx: Context): Expr {
  const op = node.childForFieldName("operator")!.type;
  const leftNode = node.childForFieldName("left")!;
  const rightNode = node.childForFieldName("right")!;
  // Operands are parenthesised freely: prettier drops the parentheses that are not needed.
  let l = paren(expr(leftNode, ctx));
  let r = paren(expr(rightNode, ctx));
  const a = l.type;
  const b = r.type;
  // An int meeting a float is converted, as Python does: it may be a bigint, which JavaScript will not mix.
  if (a.k === "float" && b.k === "int" && !provablySmall(rightNode)) r = { code: `Number(${r.code})`, type: INT };
  if (a.k === "int" && b.k === "float" && !provablySmall(leftNode)) l = { code: `Number(${l.code})`, type: INT };
  // A float operand of a runtime operator goes boxed, so the result knows it is a float (x * 2.0).
  const call = (fn: string, type: PyType): Expr => ({ code: `${ctx.rt(fn)}(${floatArg(l, ctx)}, ${floatArg(r, ctx)})`, type });
  // A float that happens to be whole (1.0) must still say "float division by zero".
  const floatCall = (fn: string, type: PyType): Expr => ({ code: `${ctx.rt(fn)}(${floatArg(l, ctx)}, ${floatArg(r, ctx)})`, type });
  // true + 1 is 2 in Python; TypeScript wants the bool made a number first.
  if (["+", "-", "*"].includes(op) && num(a) && num(b) && (a.k === "bool" || b.k === "bool")) {
    const n = (e: Expr) => (e.type.k === "bool" ? `Number(${e.code})` : e.code);
    return { code: `${n(l)} ${op} ${n(r)}`, type: a.k === "bool" && b.k === "bool" ? INT : arithType(a.k === "bool" ? INT : a, b.k === "bool" ? INT : b) };
  }
  // An int-or-float operand may be a boxed 2.0 whose result must stay a float: the runtime decides.
  const maybeBoxed = (a.k === "number" || b.k === "number") && arithType(a, b).k === "number";
  if (maybeBoxed && ["+", "-", "*", "**"].includes(op)) return call({ "+": "add", "-": "sub", "*": "mul", "**": "pow" }[op]!, NUMBER);
  switch (op) {
    case "+":
      if (a.k === "int" && b.k === "int") return { code: intArith("+", l, r, leftNode, rightNode, ctx, `${l.code} + ${r.code}`), type: INT };
      if ((num(a) && num(b)) || (a.k === "str" && b.k === "str")) return { code: `${l.code} + ${r.code}`, type: a.k === "str" ? STR : arithType(a, b) };
      if (a.k === "list" && b.k === "list") return { code: `[...${l.code}, ...${r.code}]`, type: { k: "list", of: join(a.of, b.of) } };
      return call("add", a.k === b.k ? a : ANY);
    case "-":
      if (a.k === "int" && b.k === "int") return { code: intArith("-", l, r, leftNode, rightNode, ctx, `${l.code} - ${r.code}`), type: INT };
      if (num(a) && num(b)) return { code: `${l.code} - ${r.code}`, type: arithType(a, b) };
      return call("sub", a.k === "set" ? a : ANY);
    case "*":
      if (num(a) && num(b)) {
        // Ints have no -0, JavaScript's 0 * -2 is -0 (it would print -0.0 once divided): + 0 drops it.
        // With a positive literal factor the product of ints cannot be -0.
        const ints = a.k === "int" && b.k === "int";
        const safe = /^[1-9][\d_]*$/.test(l.code) || /^[1-9][\d_]*$/.test(r.code);
        const plain = ints && !safe ? `(${l.code} * ${r.code} + 0)` : `${l.code} * ${r.code}`;
        return { code: ints ? intArith("*", l, r, leftNode, rightNode, ctx, plain) : plain, type: arithType(a, b) };
      }
      if (a.k === "str" && b.k === "int") return { code: `${l.code}.repeat(Math.max(0, ${r.code}))`, type: STR };
      return call("mul", a.k === "list" || a.k === "str" ? a : b.k === "list" || b.k === "str" ? b : ANY);
    case "/":
      // An int dividend may be a bigint (past 2**53), which JavaScript's / refuses to mix with a number.
      if (num(a) && num(b) && nonZeroLiteral(rightNode) && (a.k === "float" || provablySmall(leftNode))) return { code: `${l.code} / ${r.code}`, type: FLOAT };
      // Only numbers divide to a float: `Path("a") / "b"` is the left operand's __truediv__.
      return floatCall("div", nonNumeric(a) || nonNumeric(b) ? ANY : FLOAT);
    case "//":
      return floatCall("floordiv", arithType(a, b));
    case "%":
      // A bytes literal is a "string" node too, but formats itself (its __mod__).
      if (a.k === "str" || (leftNode.type === "string" && a.k !== "any")) return percentFormat(l, rightNode, ctx);
      return floatCall("mod", arithType(a, b));
    case "**":
      // An int power is exact at any size: the runtime's pow gives a bigint past 2**53.
      if (a.k === "int" && b.k === "int" && rightNode.type !== "unary_operator" && !(smallConstantPower(leftNode, rightNode))) {
        return { code: `${ctx.rt("pow")}(${l.code}, ${r.code})`, type: INT };
      }
      if (num(a) && num(b)) {
        const negative = rightNode.type === "unary_operator" || b.k === "float";
        const type = a.k === "float" || negative ? FLOAT : arithType(a, b);
        // JavaScript's ** rounds differently from the C pow() CPython calls, and never raises: only exact constants stay native.
        if (smallConstantPower(leftNode, rightNode)) return { code: `${l.code} ** ${r.code}`, type };
        const n = (e: Expr) => (e.type.k === "bool" ? `Number(${e.code})` : e.code);
        return { code: `${ctx.rt("fpow")}(${n(l)}, ${n(r)})`, type };
      }
      return call("pow", ANY);
    case "&":
    case "|":
    case "^":
      // A set with anything else (a dict view, an unknown) is decided at run time: the view's __rand__ answers.
      if (a.k === "set" && b.k === "set") {
        const method = { "&": "intersection", "|": "union", "^": "symmetric_difference" }[op];
        return { code: `${ctx.rt("callMethod")}(${l.code}, ${JSON.stringify(method)}, ${r.code})`, type: a.k === "set" ? a : ANY };
      }
      if (a.k === "dict" && op === "|") return { code: `new Map([...${l.code}, ...${r.code}])`, type: a };
      // Operands of unknown type: ints, flags, sets, dicts or objects with __or__ (a Counter), decided at run time.
      if (!(num(a) && num(b))) return { code: `${ctx.rt("bitop")}(${l.code}, ${r.code}, ${JSON.stringify(op)})`, type: ANY };
      // True & True is True in Python, 1 in JavaScript.
      if (a.k === "bool" && b.k === "bool") return { code: `${ctx.rt({ "&": "band", "|": "bor", "^": "bxor" }[op]!)}(${l.code}, ${r.code})`, type: BOOL };
      return { code: intBitOp(op, l.code, r.code, rightNode, ctx), type: INT };
    case "<<":
    case ">>":
      return { code: intBitOp(op, l.code, r.code, rightNode, ctx), type: num(a) && num(b) ? INT : ANY };
    default:
      return { code: ctx.unsupported(node, `the operator ${op} is not supported`), type: ANY };
  }
}

/**
 * An int bitwise operation. JavaScript's operators work on 32 bits, Python's
 * ints have none: the runtime's band/bor/bxor/shl/shr are exact. Masking with
 * a small non-negative literal (`x & 0xFF`) reads only the low bits, which
 * JavaScript's `&` keeps, so it stays native.
 */
export function intBitOp(op: string, left: string, right: string, rightNode: SyntaxNode | null, ctx: Context): string {
  if (op === "&" && rightNode?.type === "integer" && Number(rightNode.text.replace(/_/g, "")) < 2 ** 31) return `${left} & ${right}`;
  const fn = { "&": "band", "|": "bor", "^": "bxor", "<<": "shl", ">>": "shr" }[op]!;
  return `${ctx.rt(fn)}(${left}, ${right})`;
}

/** `2 ** 10`-style constants whose value JavaScript numbers hold exactly. */
function smallConstantPower(base: SyntaxNode, exp: SyntaxNode): boolean {
  const value = (n: SyntaxNode): number | null => {
    if (n.type === "integer" && /^\d[\d_]*$/.test(n.text)) return Number(n.text.replace(/_/g, ""));
    if (n.type === "parenthesized_expression" && n.namedChildCount === 1) return value(n.namedChildren[0]!);
    if (n.type === "unary_operator" && n.childForFieldName("operator")!.type === "-") {
      const v = value(n.childForFieldName("argument")!);
      return v === null ? null : -v;
    }
    return null;
  };
  const b = value(base);
  const e = value(exp);
  return b !== null && e !== null && e >= 0 && Math.abs(b) ** e <= Number.MAX_SAFE_INTEGER;
}

function floatArg(e: Expr, ctx: Context): string {
  // A non-integral literal is a float as it is; a variable already holds its run-time form (boxed when integral).
  if (e.type.k !== "float" || /^-?\d*\.\d*[1-9]\d*$/.test(e.code) || /^[A-Za-z_$][\w$.]*$/.test(e.code)) return e.code;
  return `${ctx.rt("flt")}(${e.code})`;
}

function paren(e: Expr): Expr {
  return /^[\w$.]+$/.test(e.code) ? e : { code: `(${e.code})`, type: e.type };
}

function unary(node: SyntaxNode, ctx: Context): Expr {
  const op = node.childForFieldName("operator")!.type;
  const arg = paren(expr(node.childForFieldName("argument")!, ctx));
  // Only numbers negate natively; objects answer through __neg__ and friends.
  if (!num(arg.type)) return { code: `${ctx.rt(op === "-" ? "neg" : op === "+" ? "pos" : "invert")}(${arg.code})`, type: ANY };
  if (arg.type.k === "number" && op !== "~") return { code: `${ctx.rt(op === "-" ? "neg" : "pos")}(${arg.code})`, type: arg.type };
  if (op === "-") {
    // Ints have no -0, JavaScript's -x of 0 is -0 (and prints -0.0 once it meets a float): 0 - x is exact.
    const isInt = arg.type.k === "int" || arg.type.k === "bool";
    const operand = arg.type.k === "bool" ? `+${arg.code}` : arg.code;
    const argNode = node.childForFieldName("argument")!;
    // A bigint (an int past 2**53) cannot meet the number 0 in JavaScript: the checked operator negates it.
    const zeroMinus = arg.type.k === "int" && !provablySmall(argNode) ? `${ctx.rt("intSub")}(0, ${operand})` : `(0 - ${operand})`;
    const code = !isInt || /^[1-9][\d_]*$/.test(arg.code) ? `-${arg.code}` : /^0+$/.test(arg.code) ? "0" : zeroMinus;
    return { code, type: arg.type.k === "bool" ? INT : arg.type };
  }
  if (op === "+") return { code: `+${arg.code}`, type: arg.type };
  // -x - 1, not JavaScript's 32-bit ~x (bools are 0 and 1, where both agree).
  const argNode = node.childForFieldName("argument")!;
  if (arg.type.k !== "bool" && !provablySmall(argNode)) return { code: `${ctx.rt("intSub")}(-1, ${arg.code})`, type: INT };
  return { code: arg.type.k === "bool" ? `~${arg.code}` : `(-${arg.code} - 1)`, type: INT };
}

function not(node: SyntaxNode, ctx: Context): Expr {
  const arg = expr(node.childForFieldName("argument")!, ctx);
  return { code: `!(${condition(arg, ctx)})`, type: BOOL };
}

function booleanOp(node: SyntaxNode, ctx: Context): Expr {
  const op = node.childForFieldName("operator")!.type;
  const l = expr(node.childForFieldName("left")!, ctx);
  const r = expr(node.childForFieldName("right")!, ctx);
  const js = op === "and" ? "&&" : "||";
  // Python's and/or yield an operand, not a boolean; JS's do too, so only the truth test can differ.
  if (jsTruthinessMatches(l)) return { code: `(${l.code} ${js} ${r.code})`, type: join(l.type, r.type) };
  const fn = op === "and" ? "and" : "or";
  return { code: `${ctx.rt(fn)}(${l.code}, () => ${r.code})`, type: join(l.type, r.type) };
}

/**
 * Native `has`/`includes` find a number only by identity: 1 is not True nor
 * a boxed 1.0, and a dict or list typed for ints may hold either once an
 * untyped path stored one. A PySet answers has() by Python equality itself.
 */
function sameKeyKind(t: PyType, container: PyType): boolean {
  return !num(t) || container.k === "set";
}

function compareOne(op: string, l: Expr, r: Expr, ctx: Context): string {
  switch (op) {
    case "==":
    case "!=": {
      const bothPrimitive = primitive(l.type) && primitive(r.type) && (l.type.k === r.type.k || (num(l.type) && num(r.type)) || l.type.k === "none" || r.type.k === "none");
      // False == 0 and True == 1.0 in Python: a bool compared with a number compares as one.
      if (bothPrimitive && num(l.type) && num(r.type) && (l.type.k === "bool") !== (r.type.k === "bool")) {
        const n = (e: Expr) => (e.type.k === "bool" ? `Number(${e.code})` : e.code);
        return `${n(l)} ${op}= ${n(r)}`;
      }
      // Loose against None: a JavaScript undefined (a function that falls off its end) is None too.
      if (l.type.k === "none" || r.type.k === "none") return `${l.code} ${op} ${r.code}`;
      // A float may be a boxed 2.0: compare the numbers behind.
      const boxed = (t: PyType) => t.k === "float" || t.k === "number";
      // Number(), not unary +, on an int: it may be a bigint, which + refuses.
      const plus = (e: Expr) => (e.type.k === "int" ? `Number(${e.code})` : `+${e.code}`);
      if (bothPrimitive && num(l.type) && num(r.type) && (boxed(l.type) || boxed(r.type))) return `${plus(l)} ${op}= ${plus(r)}`;
      if (bothPrimitive) return `${l.code} ${op}= ${r.code}`;
      const test = `${ctx.rt("eq")}(${l.code}, ${r.code})`;
      return op === "==" ? test : `!${test}`;
    }
    case "is":
      return `${l.code} ${l.type.k === "none" || r.type.k === "none" ? "==" : "==="} ${r.code}`;
    case "is not":
      return `${l.code} ${l.type.k === "none" || r.type.k === "none" ? "!=" : "!=="} ${r.code}`;
    case "in":
    case "not in": {
      let test: string;
      if (r.type.k === "str" && l.type.k === "str") test = `${r.code}.includes(${l.code})`;
      else if ((r.type.k === "dict" || r.type.k === "set") && primitive(l.type) && sameKeyKind(l.type, r.type)) test = `${r.code}.has(${l.code})`;
      else if (r.type.k === "list" && primitive(l.type) && primitive(r.type.of) && sameKeyKind(l.type, r.type)) test = `${r.code}.includes(${l.code})`;
      else test = `${ctx.rt("contains")}(${r.code}, ${l.code})`;
      return op === "in" ? test : `!${test}`;
    }
    default:
      if ((num(l.type) && num(r.type)) || (l.type.k === "str" && r.type.k === "str")) return `${l.code} ${op} ${r.code}`;
      // Each operator by its own dunder: sets and dict views are only partly ordered ({1} <= {2} and {2} <= {1} are both False).
      return `${ctx.rt({ "<": "lt", "<=": "le", ">": "gt", ">=": "ge" }[op] ?? "compare")}(${l.code}, ${r.code})${op in ORDER_FNS ? "" : ` ${op} 0`}`;
  }
}

const ORDER_FNS: Record<string, true> = { "<": true, "<=": true, ">": true, ">=": true };

function comparison(node: SyntaxNode, ctx: Context): Expr {
  const operands = node.namedChildren.filter((c) => c.type !== "comment");
  const ops: string[] = [];
  // Operators are the anonymous children between operands; `not in` and `is not` span two tokens.
  let pending = "";
  for (const c of node.children) {
    if (c.isNamed) {
      if (pending) ops.push(pending.trim());
      pending = "";
    } else pending += ` ${c.type}`;
  }
  const parts: string[] = [];
  let left = paren(expr(operands[0]!, ctx));
  for (let i = 0; i < ops.length; i++) {
    let right = paren(expr(operands[i + 1]!, ctx));
    // A middle operand of a chain is evaluated once in Python.
    if (i < ops.length - 1 && !/^[\w$.]+$/.test(right.code)) {
      const t = ctx.tmp("cmp");
      ctx.hoistTemp(t);
      parts.push(compareOne(ops[i]!, left, { code: `(${t} = ${right.code})`, type: right.type }, ctx));
      right = { code: t, type: right.type };
    } else parts.push(compareOne(ops[i]!, left, right, ctx));
    left = right;
  }
  return { code: parts.length === 1 ? parts[0]! : `(${parts.join(" && ")})`, type: BOOL };
}

export { cond, elementType };

registerExpressions({
  binary_operator: binary,
  unary_operator: unary,
  not_operator: not,
  boolean_operator: booleanOp,
  comparison_operator: comparison,
});
