/**
 * Mutual exclusion across this site's open tabs for read-modify-write of storage, with
 * the Web Locks API (every current browser). Where it is missing the task runs at once:
 * the rebase on `storage` events (synced-store.ts) still keeps both tabs' changes.
 */
const LOCK_NAME = "atn:storage";

/** Runs `task` while no other tab of this site runs one; resolves with its result. */
export function withStorageLock<T>(task: () => T): Promise<T> {
  const locks = globalThis.navigator?.locks;
  if (!locks) {
    try {
      return Promise.resolve(task());
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }
  return locks.request(LOCK_NAME, task);
}
