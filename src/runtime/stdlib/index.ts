/**
 * The standard-library modules, one file each (a folder for a package). Each
 * exports the object its grammar-mappings/modules/<module>.json names as
 * `runtime`; see docs/adding-a-module.md.
 */
export { time, type StructTime } from "./time.js";
export { math } from "./math.js";
export { itertools } from "./itertools.js";
export { random, Random, PyRandom } from "./random.js";
export { string } from "./string/index.js";
export { os } from "./os/index.js";
export { operator } from "./operator.js";
export { inspect } from "./inspect.js";
export { concurrent, concurrent_futures, futuresWait } from "./concurrent/futures.js";
export { threading, blockOn, collectBlocking, threadSleep, threadingShutdown } from "./threading/index.js";
export { queue } from "./queue.js";
export { collections } from "./collections/index.js";
export { logging } from "./logging/index.js";
export { functools } from "./functools.js";
export { re } from "./re/index.js";
export { enum_ } from "./enum.js";
export { pathlib } from "./pathlib/index.js";
export { shutil } from "./shutil.js";
export { tempfile } from "./tempfile.js";
export { io, openText, openFile } from "./io/index.js";
export { glob } from "./glob.js";
export { fnmatch } from "./fnmatch.js";
export { osPath as os_path } from "./os/path.js";
export { datetimeModule as datetime } from "./datetime/index.js";
export { calendar } from "./calendar.js";
export { heapq } from "./heapq.js";
export { bisect } from "./bisect.js";
export { copy } from "./copy.js";
export { pprint_ } from "./pprint/index.js";
export { textwrap } from "./textwrap.js";
export { json, JSONEncoder, JSONDecoder } from "./json.js";
export { abc } from "./abc.js";
export { withAnnotations } from "./annotations.js";
export { contextvars } from "./contextvars.js";
export { argparse } from "./argparse/index.js";
export { configparser } from "./configparser/index.js";
export { shlex } from "./shlex.js";
export { getoptModule as getopt } from "./getopt.js";
export { html } from "./html/index.js";
export { urllib_parse } from "./urllib/index.js";
export { base64 } from "./base64.js";
export { binascii } from "./binascii.js";
export { hashlib } from "./hashlib.js";
export { hmac } from "./hmac.js";
export { secrets } from "./secrets.js";
export { zlib } from "./zlib.js";
export { struct } from "./struct.js";
export { signal_ as signal } from "./signal.js";
export { subprocess } from "./subprocess/index.js";
export { uuid } from "./uuid.js";
export { setDoc } from "./inspect.js";
export { csv } from "./csv/index.js";
export { difflib } from "./difflib.js";
// Third-party packages get the same shape as standard modules (docs/adding-a-module.md).
export { aiohttp } from "../thirdparty/aiohttp/index.js";
export { requests, requests_exceptions } from "../thirdparty/requests/index.js";
export { warnings } from "./warnings.js";
export { traceback } from "./traceback.js";
export { typing } from "./typing.js";
