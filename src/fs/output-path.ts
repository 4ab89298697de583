/**
 * Where `convert -o` may write. The rules, checked before translating and
 * again just before the rename:
 *
 * - the output must not be the input file, whether named the same way, through
 *   a symbolic link, or as a hard link of it (same device and inode);
 * - only regular files are replaced: a directory, a device node (`/dev/null`,
 *   `/dev/full`), a FIFO or a socket at the output path is refused, since the
 *   atomic rename would swap the node itself for a plain file;
 * - a symbolic link at the output path is followed: the file it points to is
 *   replaced (atomically, through a temporary file beside it) and the link
 *   stays, as a shell redirection would do. A link that points nowhere or
 *   loops is refused.
 *
 * The answer is the path to rename onto (the link's target for a link).
 */
import { fstatSync, lstatSync, realpathSync, statSync, type Stats } from "node:fs";
import { resolve } from "node:path";

export class OutputPathError extends Error {}

/** Why a file-system error happened, in a few words a user can act on. */
export function describeFsError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case "ENOENT":
      return "no such file or folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a directory";
    case "ENOTDIR":
      return "a part of the path is not a directory";
    case "ENOSPC":
      return "no space left on the device";
    case "EROFS":
      return "read-only file system";
    case "ELOOP":
      return "too many levels of symbolic links (a link loop)";
    case "ENAMETOOLONG":
      return "the name is too long";
    case "EDQUOT":
      return "disk quota exceeded";
    case "EIO":
      return "input/output error";
    case "EMFILE":
    case "ENFILE":
      return "too many open files";
    default:
      return String(err?.message ?? e);
  }
}

function kindOf(st: Stats): string | undefined {
  if (st.isFile()) return undefined;
  if (st.isDirectory()) return "a directory";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "a device, not a regular file";
  if (st.isFIFO()) return "a named pipe, not a regular file";
  if (st.isSocket()) return "a socket, not a regular file";
  return "not a regular file";
}

function sameFile(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/** The input's identity: a file's stats, standard input's when it is a file, or undefined. */
function inputStats(input: string): Stats | undefined {
  try {
    return input === "-" ? fstatSync(0) : statSync(input);
  } catch {
    return undefined;
  }
}

/**
 * Check that `out` may be written for `input` (a path, or `-` for standard
 * input), and return the path of the file to replace. Throws OutputPathError
 * with the reason otherwise.
 */
export function resolveOutputPath(input: string, out: string): string {
  let link: Stats;
  try {
    link = lstatSync(out);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return out;
    throw new OutputPathError(describeFsError(e));
  }
  // /dev/stdout and /dev/fd/N lead into /proc: replacing what they point at would swap a shell's open file.
  if (/^\/(dev|proc)\//.test(resolve(out))) throw new OutputPathError("it is a device or process file, not a regular file (leave out -o to write to standard output)");
  let target = out;
  let st = link;
  if (link.isSymbolicLink()) {
    try {
      target = realpathSync(out);
      st = statSync(target);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new OutputPathError(code === "ENOENT" ? "it is a symbolic link to a file that does not exist" : describeFsError(e));
    }
  }
  const kind = kindOf(st);
  if (kind) throw new OutputPathError(kind === "a directory" ? "it is a directory" : `it is ${kind}`);
  const inp = inputStats(input);
  if (inp && inp.isFile() && sameFile(inp, st)) {
    throw new OutputPathError(`it is the input file${target === out ? "" : " (through a link)"}: writing there would replace the Python source`);
  }
  return target;
}
