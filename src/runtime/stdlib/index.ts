/**
 * The standard-library modules, one file each (a folder for a package). Each
 * exports the object its grammar-mappings/modules/<module>.json names as
 * `runtime`; see docs/adding-a-module.md.
 */
export { time, type StructTime } from "./time.js";
export { math } from "./math.js";
export { itertools } from "./itertools.js";
export { random, Random, PyRandom } from "./random.js";
export { string } from "./string.js";
export { os } from "./os/index.js";
export { operator } from "./operator.js";
export { inspect } from "./inspect.js";
export { concurrent_futures } from "./concurrent/futures.js";
export { collections } from "./collections/index.js";
export { logging } from "./logging/index.js";
export { functools } from "./functools.js";
export { re } from "./re/index.js";
export { enum_ } from "./enum.js";
export { pathlib } from "./pathlib/index.js";
export { shutil } from "./shutil.js";
export { tempfile } from "./tempfile.js";
export { io, openText } from "./io/index.js";
export { glob } from "./glob.js";
export { fnmatch } from "./fnmatch.js";
export { osPath as os_path } from "./os/path.js";
export { datetimeModule as datetime } from "./datetime/index.js";
export { calendar } from "./calendar.js";
export { json, JSONEncoder, JSONDecoder } from "./json.js";
export { abc } from "./abc.js";
export { withAnnotations } from "./annotations.js";
export { contextvars } from "./contextvars.js";
export { setDoc } from "./inspect.js";
export { typing } from "./typing.js";
