/**
 * Python truthiness in a TypeScript condition. Strings, numbers, booleans and
 * None are truthy in JavaScript exactly when they are in Python; containers
 * are not (an empty array is truthy), so those test their size.
 */
import type { Context, Expr } from "./context.js";

export function condition(e: Expr, ctx: Context): string {
  switch (e.type.k) {
    case "bool":
      return e.code;
    case "float":
      // A boxed 0.0 is an object, truthy to JavaScript.
      return `(${e.code} != 0)`;
    case "int":
    case "str":
    case "none":
      return `(${e.code})`;
    case "list":
      return `(${e.code}).length > 0`;
    case "dict":
    case "set":
      return `(${e.code}).size > 0`;
    case "task":
    case "func":
    case "class":
      return "true";
    default:
      return `${ctx.rt("truthy")}(${e.code})`;
  }
}

/** Whether JavaScript's `||`/`&&` give Python's `or`/`and` for this type. */
export function jsTruthinessMatches(e: Expr): boolean {
  return ["bool", "int", "str", "none"].includes(e.type.k) || (e.type.k === "union" && e.type.of.every((t) => ["bool", "int", "str", "none", "instance"].includes(t.k)));
}
