/**
 * Python's bytes, bytearray and memoryview (Uint8Array-backed) for the
 * runtime. See type.ts for the TypeScript API other runtime modules use.
 */
import { int, registerIntFromBytes } from "../numbers.js";
import { setSignature } from "../kwargs.js";
import { intFromBytes, intToBytes } from "./ints.js";
import { ByteSeq } from "./type.js";
import "./format.js";

export { ByteSeq, PyBytes, PyByteArray } from "./type.js";
export { bytes, bytearray, bytesLiteral, bytesFromString, isByteSeq, type BytesType, type ByteArrayType } from "./construct.js";
export { memoryview, PyMemoryView } from "./memoryview.js";
export { asBuffer, needBuffer, BUFFER, type BytesLike } from "./buffer.js";
export { decodeBytes, encodeText, codecName } from "./codecs.js";
export { bytesRepr } from "./repr.js";
export { intFromBytes, intToBytes };

// Keywords reach these methods through their signatures (callMethodKw binds them).
const SIGNATURES: Record<string, string> = {
  decode: "decode(encoding=, errors=)",
  hex: "hex(sep=, bytes_per_sep=)",
  split: "split(sep=, maxsplit=)",
  rsplit: "rsplit(sep=, maxsplit=)",
  splitlines: "splitlines(keepends=)",
  expandtabs: "expandtabs(tabsize=)",
  translate: "translate(table, /, delete=)",
  count: "count(sub, start=, end=, /)",
  find: "find(sub, start=, end=, /)",
  rfind: "rfind(sub, start=, end=, /)",
  index: "index(sub, start=, end=, /)",
  rindex: "rindex(sub, start=, end=, /)",
  replace: "replace(old, new, count=, /)",
};
for (const [name, sig] of Object.entries(SIGNATURES)) setSignature((ByteSeq.prototype as any)[name], sig);

// `int.from_bytes(b, 'big', signed=True)`: a static of the runtime's int.
registerIntFromBytes(intFromBytes);
setSignature(int.from_bytes, "from_bytes(bytes, byteorder=, *, signed=)");
