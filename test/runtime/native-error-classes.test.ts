/**
 * The transform leaves out the conversion of a caught JavaScript error when
 * no handled class could match what conversion would produce; that decision
 * rests on NATIVE_ERROR_CLASSES naming every class (and every class above
 * it) that `toPyException` makes of a JavaScript error.
 */
import { describe, expect, it } from "vitest";
import { BUILTIN_EXCEPTIONS, BaseException, toPyException } from "../../src/runtime/exceptions.js";
import { NATIVE_ERROR_CLASSES } from "../../src/runtime/native-error-classes.js";

function qualifiedName(cls: Function): string {
  if (BUILTIN_EXCEPTIONS.has(cls)) return cls.name;
  return `${(cls as unknown as { __module__?: string }).__module__ ?? "?"}.${cls.name}`;
}

/** Each class from the exception's own up to BaseException. */
function lineage(e: BaseException): string[] {
  const out: string[] = [];
  for (let p = Object.getPrototypeOf(e); p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    out.push(qualifiedName(p.constructor));
    if (p.constructor === BaseException) break;
  }
  return out;
}

const natives: [string, unknown][] = [
  ["stack overflow", new RangeError("Maximum call stack size exceeded")],
  ["huge array", new RangeError("Invalid array length")],
  ["other RangeError", new RangeError("toFixed() digits argument must be between 0 and 100")],
  ["property of undefined", new TypeError("Cannot read properties of undefined (reading 'x')")],
  ["getter only", new TypeError("Cannot set property x of #<A> which has only a getter")],
  ["frozen", new TypeError("Cannot assign to read only property 'x' of object '#<A>'")],
  ["not iterable", new TypeError("undefined is not iterable (cannot read property Symbol(Symbol.iterator))")],
  ["other TypeError", new TypeError("x is not a function")],
  ["SyntaxError", new SyntaxError("Unexpected token")],
  ["undefined name", new ReferenceError("x is not defined")],
  ["before initialization", new ReferenceError("Cannot access 'x' before initialization")],
  ["other ReferenceError", new ReferenceError("something else")],
  ["plain Error", new Error("boom")],
  ["EvalError", new EvalError("eval")],
  ["URIError", new URIError("URI malformed")],
  ["a string", "thrown string"],
  ["a number", 42],
  ["an object", { reason: "x" }],
];

describe("NATIVE_ERROR_CLASSES", () => {
  for (const [name, thrown] of natives) {
    it(`covers what ${name} becomes`, () => {
      const classes = lineage(toPyException(thrown));
      expect(classes.length).toBeGreaterThan(0);
      for (const c of classes) expect(NATIVE_ERROR_CLASSES).toContain(c);
    });
  }
});
