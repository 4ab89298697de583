/** `asyncio.subprocess`: PIPE, STDOUT, DEVNULL, Process and the two constructors. */
export { DEVNULL, PIPE, STDOUT } from "./spawn.js";
export { Process, create_subprocess_exec, create_subprocess_shell } from "./process.js";
