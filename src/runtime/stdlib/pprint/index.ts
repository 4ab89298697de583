/**
 * Python's `pprint`: pprint/pformat/pp over CPython's PrettyPrinter, and
 * saferepr/isreadable/isrecursive over its one-line form.
 */
import { item, safeRepr } from "./safe-repr.js";
import { PrettyPrinter, type PrinterOptions, type Writer } from "./printer.js";

export { PrettyPrinter, extraDispatch } from "./printer.js";

function isKeywords(x: unknown): x is PrinterOptions {
  return x !== null && typeof x === "object" && Object.getPrototypeOf(x) === Object.prototype && typeof (x as Writer).write !== "function";
}

/** The call's positions (skipped ones undefined) and its trailing keywords object, wherever the positions stop. */
function split(args: unknown[]): [unknown[], PrinterOptions] {
  const rest = [...args];
  const kw = rest.length > 0 && isKeywords(rest[rest.length - 1]) ? (rest.pop() as PrinterOptions) : {};
  return [rest, kw];
}

/** `pprint(object, stream=None, indent=1, width=80, depth=None, *, compact, sort_dicts, underscore_numbers)` */
function pprint(object: unknown, ...args: unknown[]): void {
  const [[stream, indent, width, depth], kw] = split(args);
  new PrettyPrinter(indent ?? 1, width ?? 80, depth ?? null, stream ?? null, kw).pprint(object);
}

/** `pformat(object, indent=1, width=80, depth=None, *, compact, sort_dicts, underscore_numbers)` */
function pformat(object: unknown, ...args: unknown[]): string {
  const [[indent, width, depth], kw] = split(args);
  return new PrettyPrinter(indent ?? 1, width ?? 80, depth ?? null, null, kw).pformat(object);
}

/** `pp(object, *args, sort_dicts=False, **kwargs)`: pprint with dicts in insertion order. */
function pp(object: unknown, ...args: unknown[]): void {
  const [[stream, indent, width, depth], kw] = split(args);
  new PrettyPrinter(indent ?? kw.indent ?? 1, width ?? kw.width ?? 80, depth ?? kw.depth ?? null, stream ?? kw.stream ?? null, {
    compact: kw.compact,
    sort_dicts: kw.sort_dicts ?? false,
    underscore_numbers: kw.underscore_numbers,
  }).pprint(object);
}

const defaults = { sortDicts: true, underscoreNumbers: false };

/** Python's `pprint` module. */
export const pprint_ = {
  pprint,
  pformat,
  pp,
  PrettyPrinter,
  saferepr: (object: unknown): string => safeRepr(item(object), new Set(), null, 0, defaults).text,
  isreadable: (object: unknown): boolean => {
    const r = safeRepr(item(object), new Set(), null, 0, defaults);
    return r.readable && !r.recursive;
  },
  isrecursive: (object: unknown): boolean => safeRepr(item(object), new Set(), null, 0, defaults).recursive,
};
