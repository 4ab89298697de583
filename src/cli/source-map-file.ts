/**
 * `--source-map` for convert: the map of a written `.ts` goes beside it as
 * `<out>.map`, naming the Python file relative to itself (as tsc and
 * bundlers expect) and linked by a `//# sourceMappingURL` comment; code
 * written to stdout carries its map inline as a data URL.
 */
import { basename, dirname, relative, resolve } from "node:path";
import type { SourceMapV3 } from "../runtime/source-maps.js";

export function withSourceMap(code: string, map: SourceMapV3, out: string | undefined, pyFile: string): { code: string; mapText?: string } {
  const source = pyFile === "-" ? "<stdin>" : out ? relative(dirname(resolve(out)), resolve(pyFile)).split("\\").join("/") : pyFile;
  const fixed: SourceMapV3 = { ...map, sources: [source], ...(out ? { file: basename(out) } : {}) };
  const text = JSON.stringify(fixed);
  const body = code.endsWith("\n") ? code : `${code}\n`;
  if (!out) return { code: `${body}//# sourceMappingURL=data:application/json;base64,${Buffer.from(text).toString("base64")}\n` };
  return { code: `${body}//# sourceMappingURL=${basename(out)}.map\n`, mapText: text + "\n" };
}
