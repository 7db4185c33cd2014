/** What a user reads when the browser refuses to store more (IndexedDB's QuotaExceededError). */
export const NO_ROOM = 'The browser has no room left for Keepmark’s library. Free some disk space or delete old articles.';

export function isQuotaError(error: unknown): boolean {
  return (error as Error)?.name === 'QuotaExceededError';
}
