import { processPoolNames } from "./process-pool.js";
/**
 * `concurrent.futures.ThreadPoolExecutor`: accepted by `run_in_executor`,
 * which runs the function on a later loop turn (see asyncio/threads.ts).
 */
class ThreadPoolExecutor {
  constructor(readonly options: { max_workers?: number } = {}) {}
  __enter__(): this {
    return this;
  }
  __exit__(): boolean {
    return false;
  }
  shutdown(): void {}
}

export const concurrent_futures = { ThreadPoolExecutor, ...processPoolNames };
