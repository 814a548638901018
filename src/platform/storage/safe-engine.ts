/**
 * Web Storage that never throws. A throwing getter (privacy settings),
 * `localStorage === null` or a full quota would otherwise crash the page; this engine
 * writes through to the real storage when it can and keeps the value in memory when
 * it cannot, so the page keeps working for this visit and the problem is reported
 * through `onProblem`.
 *
 * Nothing here touches `window` or `localStorage` at import time. Stores get the
 * page's one engine from `installSafeEngine()` (through status.ts), so every island
 * shares it.
 */
export type StorageProblem = "unavailable" | "full";

/** The subset of the Web Storage API the engine uses. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

export interface SafeEngineOptions {
  /** Returns the real storage; may throw or return null. Defaults to `globalThis.localStorage`. */
  getStorage?: () => StorageLike | null | undefined;
  /** Called when storage cannot be used ("unavailable") or a write failed ("full"). */
  onProblem?: (problem: StorageProblem) => void;
}

export interface SafeEngine {
  /** The stored text, or undefined when there is none (or it cannot be read). */
  read(key: string): string | undefined;
  /** Stores `value`, or removes the key when it is undefined; true when it reached storage. */
  write(key: string, value: string | undefined): boolean;
  /** Every key in storage (and in the memory layer), for "delete everything". */
  keys(): string[];
  /** The first problem seen, if any ("unavailable" wins over "full"). */
  problem(): StorageProblem | null;
  /** Adds a listener for problems; returns a function that removes it. */
  onProblem(listener: (problem: StorageProblem) => void): () => void;
}

/** A marker in the memory layer for a key deleted while storage could not be written. */
const DELETED: unique symbol = Symbol("deleted");

const defaultGetStorage = (): StorageLike | null | undefined => globalThis.localStorage;

/** True when the error is a quota error (names differ between browsers). */
export function isQuotaError(error: unknown): boolean {
  const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown };
  return /quota/i.test(String(name)) || code === 22 || code === 1014;
}

/** Creates a storage engine that falls back to memory and reports problems instead of throwing. */
export function createSafeEngine(options: SafeEngineOptions = {}): SafeEngine {
  const getStorage = options.getStorage ?? defaultGetStorage;
  const memory = new Map<string, string | typeof DELETED>();
  const listeners = new Set<(problem: StorageProblem) => void>();
  if (options.onProblem) listeners.add(options.onProblem);
  let seen: StorageProblem | null = null;

  const report = (problem: StorageProblem): void => {
    // "full" can happen on every save: the person is told each time by the caller's
    // listener; "unavailable" is a state and is reported once.
    if (seen === "unavailable") return;
    seen = problem;
    for (const listener of listeners) {
      try {
        listener(problem);
      } catch {
        // A listener's failure must not turn a storage problem into a crash.
      }
    }
  };

  let storage: StorageLike | null = null;
  try {
    const candidate = getStorage();
    if (candidate && typeof candidate.getItem === "function") {
      // Some browsers expose storage but throw on first use (old private modes).
      candidate.getItem("atn:probe");
      storage = candidate;
    }
  } catch {
    storage = null;
  }
  if (!storage) report("unavailable");

  return {
    read(key) {
      const kept = memory.get(key);
      if (kept === DELETED) return undefined;
      if (kept !== undefined) return kept;
      try {
        return storage?.getItem(key) ?? undefined;
      } catch {
        return undefined;
      }
    },
    write(key, value) {
      if (!storage) {
        memory.set(key, value ?? DELETED);
        return false;
      }
      try {
        if (value === undefined) storage.removeItem(key);
        else storage.setItem(key, value);
        memory.delete(key);
        return true;
      } catch (error) {
        memory.set(key, value ?? DELETED);
        report(isQuotaError(error) ? "full" : "unavailable");
        return false;
      }
    },
    keys() {
      const found = new Set<string>();
      for (const [key, value] of memory) if (value !== DELETED) found.add(key);
      try {
        for (let i = 0; storage && i < storage.length; i++) {
          const key = storage.key(i);
          if (key !== null && memory.get(key) !== DELETED) found.add(key);
        }
      } catch {
        // Keys that cannot be listed cannot be read either.
      }
      return [...found];
    },
    problem: () => seen,
    onProblem(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

let installed: SafeEngine | undefined;

/** The page's one safe engine over `localStorage`, created on first use. */
export function installSafeEngine(): SafeEngine {
  installed ??= createSafeEngine();
  return installed;
}
