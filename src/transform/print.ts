/**
 * `print(...)`: console.log (or process.stdout.write for another `end`)
 * wherever every argument is text JavaScript shows as Python's str() would,
 * else the runtime's print, which applies Python's str() to each value.
 */
import { NONE, STR } from "../analyze/types.js";
import type { CallArgs } from "./arguments.js";
import type { Context, Expr } from "./context.js";
import { hintedCode, joinedTemplate, literalText, strCode } from "./strings.js";

/** Types whose Python str() a template literal or console.log shows the same, once strCode has turned bools and None into text. */
const PLAIN_PRINTED = new Set(["str", "int", "bool", "none"]);

export function printCall(args: CallArgs, ctx: Context): Expr {
  const values = args.positional.map((a) => (a.code.startsWith("...") ? a.code : hintedCode(a, ctx)));
  const opts = args.keywords.map((k) => {
    if (k.name === "file") {
      // sys.stdout / sys.stderr by name; any other file (a StringIO, an open file) is written to.
      const std = /(^|\.)(stderr|stdout)$/.exec(k.value.code);
      return `file: ${std ? `"${std[2]}"` : k.value.code}`;
    }
    if (k.name === "flush") return null;
    return `${k.name}: ${k.value.code}`;
  });
  const kept = opts.filter((o): o is string => o !== null);
  // Strings print the same through console.log, ints inside a template literal (console.log colours a bare
  // number on a terminal), bools and a literal None once spelled as Python spells them; anything else needs Python's str().
  const plain = args.positional.every((a) => !a.code.startsWith("...") && PLAIN_PRINTED.has(a.type.k) && (a.type.k !== "none" || a.code === "null"));
  const shown = args.positional.map((a): Expr => (a.type.k === "bool" || a.type.k === "none" ? { code: strCode(a, ctx), type: STR } : a));
  if (kept.length > 0) {
    const literal = (name: string) => {
      const k = args.keywords.find((kw) => kw.name === name);
      return k ? literalText(k.value.code) : undefined;
    };
    const sep = literal("sep");
    const end = literal("end");
    // sep= and end= as literal strings, to stdout: the line is one template literal.
    if (plain && sep !== null && end !== null && args.keywords.every((k) => ["sep", "end", "flush"].includes(k.name))) {
      const line = joinedTemplate(shown, sep ?? " ");
      if ((end ?? "\n") === "\n") return { code: `console.log(${line})`, type: NONE };
      return { code: `process.stdout.write(${joinedTemplate([{ code: line, type: STR }, { code: JSON.stringify(end), type: STR }], "")})`, type: NONE };
    }
    return { code: `${ctx.rt("printOpts")}({ ${kept.join(", ")} }, ${values.join(", ")})`, type: NONE };
  }
  // console.log reads `%` in a first argument followed by others as a format: only a literal without one leads.
  if (plain) {
    const strs = shown.every((a) => a.type.k === "str");
    const leads = shown.length <= 1 || /^"[^"%]*"$/.test(shown[0]!.code);
    if (strs && leads) return { code: `console.log(${shown.map((a) => a.code).join(", ")})`, type: NONE };
    return { code: `console.log(${joinedTemplate(shown, " ")})`, type: NONE };
  }
  return { code: `${ctx.rt("print")}(${values.join(", ")})`, type: NONE };
}
