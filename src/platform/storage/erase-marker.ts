/**
 * The erase generation that "Delete everything" (forget.ts) writes, and the resets a
 * page runs when it erases itself. Kept apart from forget.ts so pages that only keep
 * data (the plan, letters) do not carry the deleting code and its messages.
 */
import type { SafeEngine } from "./safe-engine";

/** The prefix every key this site keeps starts with. */
export const SITE_KEY_PREFIX = "atn:";
/** The erase generation: a random id, no personal data; a new one on every erase. */
export const ERASED_KEY = "atn:erased";

/** Per engine (one per page), the stores that reset when this page itself erases: no `storage` event reaches it. */
const localResets = new WeakMap<SafeEngine, Set<() => void>>();

/** Registers a reset to run when this page erases through `engine`; returns a function that removes it. */
export function onErase(engine: SafeEngine, reset: () => void): () => void {
  const resets = localResets.get(engine) ?? new Set();
  localResets.set(engine, resets);
  resets.add(reset);
  return () => resets.delete(reset);
}

/** Runs the resets registered for `engine` (forget.ts calls it after erasing). */
export function resetAfterErase(engine: SafeEngine): void {
  for (const reset of localResets.get(engine) ?? []) reset();
}
