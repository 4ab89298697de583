/**
 * The source map of a translation (TypeScript → Python), made from the
 * position table the markers gave (see positions.ts). Each segment names
 * the Python function the code runs in, so a stack frame mapped through it
 * gets CPython's frame name whatever the JavaScript function is called.
 */
import { encodeMappings, type Segment, type SourceMapV3 } from "../runtime/source-maps.js";
import type { PositionSegment } from "./positions.js";

export type { SourceMapV3 };

export function buildSourceMap(segments: readonly PositionSegment[], options: { file: string; source: string; pySource: string }): SourceMapV3 {
  const names: string[] = [];
  const nameIndex = new Map<string, number>();
  const encoded: Segment[] = segments.map((s) => {
    let name = nameIndex.get(s.scope);
    if (name === undefined) {
      name = names.length;
      names.push(s.scope);
      nameIndex.set(s.scope, name);
    }
    return { genLine: s.genLine, genColumn: s.genColumn, source: 0, line: s.line - 1, column: s.column, name };
  });
  return { version: 3, file: options.file, sources: [options.source], sourcesContent: [options.pySource], names, mappings: encodeMappings(encoded) };
}
