/**
 * Which module is the program's entry. Python runs an `if __name__ ==
 * "__main__":` block only in the file started as the program; a translated
 * module asks the same question with its `import.meta.url`.
 */
import { realpathSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

let entryUrls: Set<string> | undefined;

function entries(): Set<string> {
  if (!entryUrls) {
    entryUrls = new Set();
    const main = process.argv[1];
    if (main) {
      entryUrls.add(pathToFileURL(main).href);
      try {
        entryUrls.add(pathToFileURL(realpathSync(main)).href);
      } catch {
        // The script path may not exist on disk (e.g. `node -e`): then only its literal URL counts.
      }
    }
  }
  return entryUrls;
}

/** True when the module at `url` is the script Node was started with. */
export function isEntryModule(url: string): boolean {
  return entries().has(url);
}

/** A module's `__name__`: `"__main__"` for the entry, its dotted name otherwise. */
export function moduleName(url: string, name: string): string {
  return isEntryModule(url) ? "__main__" : name;
}

/**
 * `__file__`: the translated module's own path with the Python extension, so
 * `os.path.dirname(__file__)` is the folder the module runs from.
 */
export function moduleFile(url: string): string {
  return fileURLToPath(url).replace(/\.(m?[jt]s)$/, ".py");
}
