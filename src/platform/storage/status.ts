/**
 * One place that knows whether this browser is keeping what people save, shared by
 * every store (plan, letters). The safe engine never throws; it reports problems here,
 * and islands subscribe to `$storageProblem` to tell the person once, kindly.
 */
import { atom } from "nanostores";
import { installSafeEngine, type StorageProblem } from "./safe-engine";

export type { StorageProblem };

// Must run before any persistent atom is created: see safe-engine.ts.
export const storageEngine = installSafeEngine();

/** The storage problem seen this visit, if any ("unavailable" or "full"). */
export const $storageProblem = atom<StorageProblem | null>(storageEngine.problem());

let failures = 0;
storageEngine.onProblem((problem) => {
  failures++;
  $storageProblem.set(problem);
});

/**
 * Runs a store write and says whether it reached storage: false when the write failed
 * or storage is unavailable (the value is then kept in memory for this visit only).
 */
export function savedBy(write: () => void): boolean {
  const before = failures;
  write();
  return failures === before && $storageProblem.get() !== "unavailable";
}
