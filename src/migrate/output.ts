/**
 * Every write into the output folder goes through here: atomic (a temporary
 * file in the same folder renamed into place, so a crash never leaves half
 * a file), skipped when the content is already there, never inside the
 * source tree, and never over a file tsyncio did not write unless the user
 * allowed it. What was written is recorded for the next run's manifest.
 */
import { readdirSync, readFileSync, rmdirSync, unlinkSync } from "node:fs";
import { dirname, join } from "node:path";
import { sha256 } from "./fingerprint.js";
import { isInside } from "./paths.js";
import { writeFileAtomic } from "../fs/write-atomic.js";

export type WriteOutcome = "written" | "unchanged" | "conflict";

export class WriteError extends Error {}

export function writeAtomic(path: string, content: string): void {
  try {
    writeFileAtomic(path, content);
  } catch (e) {
    throw new WriteError(`cannot write '${path}': ${(e as Error).message}`);
  }
}

function hashOf(path: string): string | undefined {
  try {
    return sha256(readFileSync(path));
  } catch {
    return undefined;
  }
}

export class OutputFolder {
  /** What this run leaves in the folder as tsyncio's: relative path → content hash. */
  readonly owned: Record<string, string> = {};

  constructor(
    readonly root: string,
    private readonly previouslyOwned: Readonly<Record<string, string>>,
    private readonly guard: { src: string; allowInSrc: boolean; overwrite: boolean },
  ) {}

  private target(rel: string): string {
    const abs = join(this.root, rel);
    // Only reachable when out contains src: the mirrored tree would land in the sources.
    if (!this.guard.allowInSrc && isInside(abs, this.guard.src)) throw new WriteError(`refusing to write '${abs}': it is inside the source folder`);
    return abs;
  }

  /** A file we may replace: absent, or exactly what tsyncio last wrote there. */
  isOurs(rel: string): boolean {
    const current = hashOf(join(this.root, rel));
    return current === undefined || current === this.previouslyOwned[rel];
  }

  write(rel: string, content: string): WriteOutcome {
    const abs = this.target(rel);
    const wanted = sha256(content);
    const current = hashOf(abs);
    if (current === wanted) {
      this.owned[rel] = wanted;
      return "unchanged";
    }
    if (current !== undefined && current !== this.previouslyOwned[rel] && !this.guard.overwrite) return "conflict";
    writeAtomic(abs, content);
    this.owned[rel] = wanted;
    return "written";
  }

  /** Keep a file of ours as it is when it is still exactly what tsyncio wrote; false when it was deleted or edited. */
  keep(rel: string): boolean {
    const h = this.previouslyOwned[rel];
    if (!h || hashOf(join(this.root, rel)) !== h) return false;
    this.owned[rel] = h;
    return true;
  }

  /** Remove a file tsyncio wrote earlier, unless someone edited it since. Returns whether it is gone. */
  remove(rel: string): boolean {
    const abs = this.target(rel);
    const current = hashOf(abs);
    if (current === undefined) return true;
    if (current !== this.previouslyOwned[rel]) return false;
    unlinkSync(abs);
    this.pruneEmptyFolders(dirname(abs));
    return true;
  }

  /** Folders left empty by removals go too (up to the output folder); a folder with anything else in it stays. */
  private pruneEmptyFolders(dir: string): void {
    for (let d = dir; d !== this.root && isInside(d, this.root); d = dirname(d)) {
      if (readdirSync(d).length > 0) return;
      rmdirSync(d);
    }
  }
}
