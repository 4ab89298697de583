/**
 * The Python classes a JavaScript error can become when a handler converts
 * it (exceptions.ts `convert`), with every class above them. The transform
 * reads this list: an `except` clause that names none of these can never
 * match a converted JavaScript error, so its `catch` tests the thrown value
 * as it is, with no conversion. test/runtime/native-error-classes.test.ts
 * keeps the list in step with `convert`.
 *
 * Builtins by name; other modules' classes as `module.Name`.
 */
export const NATIVE_ERROR_CLASSES: readonly string[] = [
  "BaseException",
  "Exception",
  "RuntimeError",
  "RecursionError",
  "MemoryError",
  "ValueError",
  "AttributeError",
  "dataclasses.FrozenInstanceError",
  "TypeError",
  "NameError",
  "UnboundLocalError",
];
