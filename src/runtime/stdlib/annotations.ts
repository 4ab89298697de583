/**
 * A function's parameter annotations at run time (`__annotations__`), for
 * the standard functions that read them: `singledispatch`'s
 * `@f.register` without a type. The translator attaches them only where such
 * a decorator needs them; they are evaluated when first read, as the classes
 * they name may be declared after the function in the JavaScript output.
 * A value is the class, an array for `A | B`, or the annotation's source
 * text when it is not a class (`list[int]`).
 */
export type Annotation = Function | readonly Function[] | string;

export function withAnnotations<F extends Function>(fn: F, annotations: () => Record<string, Annotation>): F {
  let cached: Map<string, Annotation> | null = null;
  Object.defineProperty(fn, "__annotations__", {
    get() {
      cached ??= new Map(Object.entries(annotations()));
      return cached;
    },
    configurable: true,
  });
  return fn;
}

/** The annotations attached by withAnnotations, or none. */
export function annotationsOf(fn: unknown): Map<string, Annotation> {
  const a = (fn as { __annotations__?: unknown } | null)?.__annotations__;
  return a instanceof Map ? a : new Map();
}
