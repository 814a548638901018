/**
 * One place that knows whether this browser is keeping what people save, shared by
 * every store. The safe engine never throws; it reports problems here, and islands
 * subscribe to `$storageProblem` to tell the person once, kindly.
 */
import { atom } from "nanostores";
import { installSafeEngine, type StorageProblem } from "./safe-engine";

export type { StorageProblem };

/** The page's one storage engine (localStorage, or memory when it fails). */
export const storageEngine = installSafeEngine();

/** The storage problem seen this visit, if any ("unavailable" or "full"). */
export const $storageProblem = atom<StorageProblem | null>(storageEngine.problem());

storageEngine.onProblem((problem) => $storageProblem.set(problem));
