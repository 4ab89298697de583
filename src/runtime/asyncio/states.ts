/** Numeric states and kinds shared by the loop, futures and handles (numbers keep the hot fields small-integer typed). */

// A future's state.
export const PENDING = 0;
export const FINISHED = 1;
export const CANCELLED = 2;

// What a ready handle does when the loop runs it.
export const K_CALL = 0; // fn(...args)
export const K_FUTCB = 1; // fn(future)
export const K_START = 2; // first step of a task
export const K_WAKE = 3; // a task (or other awaiter) resumes after the future it awaited completed
export const K_YIELD = 4; // a task resumes after a bare yield (sleep(0))
