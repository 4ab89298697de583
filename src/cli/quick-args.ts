/**
 * The command lines that need no argument parser: `convert <file>` with
 * `-o/--out <file>`, `--strict` and `--json`. Loading yargs costs about 65 ms
 * of CPU (its ES modules are compiled on every start, and a dependency builds
 * an Intl.Segmenter), a fifth of a cold `convert`; these forms skip it.
 * Anything else - another command, help, an unknown or repeated option,
 * `--out=x`, `--no-strict` - returns null and goes to yargs, so this never
 * accepts what yargs would refuse or reads anything differently.
 */
export interface QuickConvert {
  file: string;
  out?: string;
  strict: boolean;
  json: boolean;
}

const FLAGS = new Set(["--strict", "--json"]);

export function quickConvert(args: readonly string[]): QuickConvert | null {
  if (args[0] !== "convert") return null;
  const parsed: QuickConvert = { file: "", strict: false, json: false };
  let file: string | undefined;
  const seen = new Set<string>();
  for (let i = 1; i < args.length; i++) {
    const a = args[i]!;
    if (seen.has(a)) return null;
    if (FLAGS.has(a)) {
      seen.add(a);
      parsed[a === "--strict" ? "strict" : "json"] = true;
    } else if (a === "-o" || a === "--out") {
      const value = args[i + 1];
      if (seen.has("-o") || seen.has("--out") || value === undefined || value.startsWith("-")) return null;
      seen.add(a);
      parsed.out = value;
      i++;
    } else if (a === "-" || !a.startsWith("-")) {
      if (file !== undefined) return null;
      file = a;
    } else {
      return null;
    }
  }
  if (file === undefined || file === "") return null;
  parsed.file = file;
  return parsed;
}
