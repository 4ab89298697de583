/** threading's own exception. */
import { RuntimeError } from "../../exceptions.js";

export class BrokenBarrierError extends RuntimeError {}
(BrokenBarrierError as unknown as { __module__: string }).__module__ = "threading";
