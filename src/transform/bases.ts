/** Which Python bases become the JavaScript class's parent. */
import type { ClassInfo } from "../analyze/analysis.js";
import type { SyntaxNode } from "../parse/parser.js";

/** The bases kept: `object`, `ABC`, `Generic[...]`, `Protocol` and typing's protocols add nothing at run time. */
export function translatedBases(cls: ClassInfo): SyntaxNode[] {
  return cls.bases.filter((b) => b.type !== "keyword_argument" && !/^(object$|(abc\.)?ABC$|Generic\b|Protocol\b|typing\.)/.test(b.text));
}

/** The JavaScript parent's source, if the class has one. */
export function translatedBase(cls: ClassInfo): SyntaxNode | undefined {
  return translatedBases(cls)[0];
}
