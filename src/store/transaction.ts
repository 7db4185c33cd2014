import type { IDBPTransaction, StoreNames } from 'idb';
import type { LibrarySchema } from './db';

type Track = <P>(request: Promise<P>) => Promise<P>;

/**
 * Runs `work` in a readwrite transaction and waits for the commit. On any failure — including a
 * write that throws at once, which IndexedDB does not treat as a reason to abort — the transaction
 * is aborted, so the library never holds half of a change. `track` each request so none is left
 * rejecting unobserved after the abort.
 */
export async function writeAtomically<T, S extends StoreNames<LibrarySchema>[]>(
  tx: IDBPTransaction<LibrarySchema, S, 'readwrite'>,
  work: (track: Track) => Promise<T>,
): Promise<T> {
  const pending: Promise<unknown>[] = [tx.done];
  const track: Track = (request) => {
    pending.push(request);
    return request;
  };
  try {
    const result = await work(track);
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already committed or aborted
    }
    await Promise.allSettled(pending);
    throw error;
  }
}
