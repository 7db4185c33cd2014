// Places where the reliability tests stop the service worker in the middle of a save. They exist
// only in the test build (`dist/test/chrome-faults`, built with __KEEPMARK_FAULT_POINTS__ = true);
// in the shipped builds the constant is false and `faultPoint` returns at once.

declare const __KEEPMARK_FAULT_POINTS__: boolean | undefined;

const BUILT = typeof __KEEPMARK_FAULT_POINTS__ !== 'undefined' && __KEEPMARK_FAULT_POINTS__;

/** Set by a test through the worker's console: which point to hold, and for how long. */
interface FaultControl {
  hold?: Partial<Record<FaultPointName, number>>;
  /** The last point a save reached while held, for the test to wait on. */
  reached?: FaultPointName;
}

export type FaultPointName = 'probed' | 'captured' | 'writing' | 'committed';

/**
 * In a test build, holds the save at `name` for as long as the test asked, marking that it got
 * there. `keepAlive` issues a request in the open transaction: waiting on a timer there would let
 * IndexedDB commit, so inside a transaction the hold keeps it busy instead.
 */
export async function faultPoint(name: FaultPointName, keepAlive?: () => Promise<unknown>): Promise<void> {
  if (!BUILT) return;
  const control = (globalThis as { keepmarkFaults?: FaultControl }).keepmarkFaults;
  const ms = control?.hold?.[name];
  if (!control || !ms) return;
  control.reached = name;
  const until = Date.now() + ms;
  while (Date.now() < until) await (keepAlive ? keepAlive() : new Promise((resolve) => setTimeout(resolve, 20)));
}
