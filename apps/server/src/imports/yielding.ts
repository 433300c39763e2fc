// Long loops over an imported file give way to other requests now and then: Node runs one thing at
// a time, and a health check or an employee's list must not wait for 50,000 rows to be checked.

/** Lets timers, I/O and other requests run before the next piece of work. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Items per slice: a few milliseconds of work at most. */
const SLICE = 1_000;

/** `items.map(fn)`, yielding to the event loop after every slice. */
export async function mapInSlices<T, U>(items: readonly T[], fn: (item: T, index: number) => U, slice = SLICE): Promise<U[]> {
  const out: U[] = new Array(items.length);
  for (let start = 0; start < items.length; start += slice) {
    if (start > 0) await yieldToEventLoop();
    const end = Math.min(items.length, start + slice);
    for (let i = start; i < end; i += 1) out[i] = fn(items[i]!, i);
  }
  return out;
}
