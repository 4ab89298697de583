/**
 * `.gitignore` files as git reads them: each file's patterns are relative to
 * its own folder, and the deepest file with a rule about a path decides
 * (so a nested `!keep.py` re-includes what a parent ignored). The files
 * above the source folder, up to the repository root, count too.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import ignore, { type Ignore } from "ignore";

interface Rules {
  dir: string;
  ig: Ignore;
}

export class GitIgnore {
  private constructor(private readonly chain: readonly Rules[]) {}

  /** The rules that apply at `dir`: those of the enclosing repository's folders above it. */
  static above(dir: string): GitIgnore {
    const ancestors: string[] = [];
    for (let d = dirname(dir); ; d = dirname(d)) {
      ancestors.unshift(d);
      if (existsSync(join(d, ".git")) || dirname(d) === d) break;
    }
    // Outside a repository nothing above the source folder applies.
    if (!existsSync(join(ancestors[0]!, ".git"))) return new GitIgnore([]);
    let rules = new GitIgnore([]);
    for (const d of ancestors) rules = rules.enter(d);
    return rules;
  }

  /** The rules inside `dir`: these plus `dir/.gitignore`, if there is one. */
  enter(dir: string): GitIgnore {
    const file = join(dir, ".gitignore");
    if (!existsSync(file)) return this;
    const ig = ignore().add(readFileSync(file, "utf8"));
    return new GitIgnore([...this.chain, { dir, ig }]);
  }

  ignores(path: string, isDir: boolean): boolean {
    for (let i = this.chain.length - 1; i >= 0; i--) {
      const { dir, ig } = this.chain[i]!;
      const rel = relative(dir, path).split(sep).join("/") + (isDir ? "/" : "");
      const verdict = ig.test(rel);
      if (verdict.ignored) return true;
      if (verdict.unignored) return false;
    }
    return false;
  }
}
