/**
 * Node's file-system errors as the OSError subclasses CPython raises, with
 * CPython's errno numbers and messages (Linux): `FileNotFoundError: [Errno 2]
 * No such file or directory: 'x'`.
 */
import {
  BrokenPipeError,
  ChildProcessError,
  ConnectionAbortedError,
  ConnectionRefusedError,
  ConnectionResetError,
  FileExistsError,
  FileNotFoundError,
  InterruptedError,
  IsADirectoryError,
  NotADirectoryError,
  OSError,
  PermissionError,
  ProcessLookupError,
  TimeoutError,
} from "../../exceptions.js";

type OSErrorClass = new (...args: unknown[]) => OSError;

/** errno name → [number, strerror, class] on Linux. */
const ERRNO: Record<string, [number, string, OSErrorClass]> = {
  EPERM: [1, "Operation not permitted", PermissionError],
  ENOENT: [2, "No such file or directory", FileNotFoundError],
  ESRCH: [3, "No such process", ProcessLookupError],
  EINTR: [4, "Interrupted system call", InterruptedError],
  EIO: [5, "Input/output error", OSError],
  ENXIO: [6, "No such device or address", OSError],
  EBADF: [9, "Bad file descriptor", OSError],
  ECHILD: [10, "No child processes", ChildProcessError],
  EAGAIN: [11, "Resource temporarily unavailable", OSError],
  ENOMEM: [12, "Cannot allocate memory", OSError],
  EACCES: [13, "Permission denied", PermissionError],
  EBUSY: [16, "Device or resource busy", OSError],
  EEXIST: [17, "File exists", FileExistsError],
  EXDEV: [18, "Invalid cross-device link", OSError],
  ENOTDIR: [20, "Not a directory", NotADirectoryError],
  EISDIR: [21, "Is a directory", IsADirectoryError],
  EINVAL: [22, "Invalid argument", OSError],
  EMFILE: [24, "Too many open files", OSError],
  ETXTBSY: [26, "Text file busy", OSError],
  EFBIG: [27, "File too large", OSError],
  ENOSPC: [28, "No space left on device", OSError],
  EROFS: [30, "Read-only file system", OSError],
  EMLINK: [31, "Too many links", OSError],
  EPIPE: [32, "Broken pipe", BrokenPipeError],
  ENAMETOOLONG: [36, "File name too long", OSError],
  ENOTEMPTY: [39, "Directory not empty", OSError],
  ELOOP: [40, "Too many levels of symbolic links", OSError],
  ENOTSUP: [95, "Operation not supported", OSError],
  EADDRINUSE: [98, "Address already in use", OSError],
  ECONNABORTED: [103, "Software caused connection abort", ConnectionAbortedError],
  ECONNRESET: [104, "Connection reset by peer", ConnectionResetError],
  ETIMEDOUT: [110, "Connection timed out", TimeoutError],
  ECONNREFUSED: [111, "Connection refused", ConnectionRefusedError],
};

/** The OSError CPython raises for errno `code` ("ENOENT") on `filename` (and `filename2`). */
export function osError(code: string, filename?: unknown, filename2?: unknown): OSError {
  const [errno, message, Cls] = ERRNO[code] ?? [0, code, OSError];
  if (filename2 !== undefined) return new Cls(errno, message, filename, null, filename2);
  return filename === undefined ? new Cls(errno, message) : new Cls(errno, message, filename);
}

/** `os.strerror(n)`. */
export function strerror(n: number): string {
  for (const [errno, message] of Object.values(ERRNO)) if (errno === n) return message;
  return `Unknown error ${n}`;
}

/** A Node error from node:fs (or any other value) as Python's exception. */
export function fromNodeError(err: unknown, filename?: unknown, filename2?: unknown): unknown {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === "string" && code in ERRNO) return osError(code, filename, filename2);
  return err;
}

/** Runs a node:fs call, raising CPython's OSError subclass if it fails. */
export function fsCall<T>(fn: () => T, filename?: unknown, filename2?: unknown): T {
  try {
    return fn();
  } catch (err) {
    throw fromNodeError(err, filename, filename2);
  }
}
