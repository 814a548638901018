/**
 * A storage engine for @nanostores/persistent that never throws.
 *
 * @nanostores/persistent's `persistentAtom` reads and writes its engine as a plain
 * object (`name in engine`, `engine[name]`, `engine[name] = value`,
 * `delete engine[name]`), and by default that object is `localStorage`: a throwing
 * getter (privacy settings), `localStorage === null` or a full quota then crashes the
 * store. This engine is a Proxy over a small in-memory layer that writes through to
 * the real storage when it can and keeps the value in memory when it cannot, so the
 * page keeps working for this visit and the problem is reported once through
 * `onProblem`.
 *
 * Nothing here touches `window` or `localStorage` at import time.
 *
 * Listing keys (`for (key in engine)`, which `persistentMap` needs) is not
 * supported, to keep the page's script small: use `persistentAtom` with a JSON value.
 *
 * Stores get the page's one engine from `installSafeEngine()` (through
 * src/platform/storage/status.ts), so every island shares it.
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
  /** The object to give to `setPersistentEngine`. */
  readonly engine: Record<string, string>;
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
  const unavailable = storage === null;

  const read = (key: string): string | undefined => {
    const kept = memory.get(key);
    if (kept === DELETED) return undefined;
    if (kept !== undefined) return kept;
    if (!storage) return undefined;
    try {
      const value = storage.getItem(key);
      return value === null ? undefined : value;
    } catch {
      return undefined;
    }
  };

  const write = (key: string, value: string | typeof DELETED): void => {
    if (!storage) {
      memory.set(key, value);
      return;
    }
    try {
      if (value === DELETED) storage.removeItem(key);
      else storage.setItem(key, value);
      memory.delete(key);
    } catch (error) {
      memory.set(key, value);
      report(isQuotaError(error) ? "full" : "unavailable");
    }
  };

  const engine = new Proxy(Object.create(null) as Record<string, string>, {
    has: (_target, key) => typeof key === "string" && read(key) !== undefined,
    get: (_target, key) => (typeof key === "string" ? read(key) : undefined),
    set: (_target, key, value) => {
      if (typeof key === "string") write(key, String(value));
      return true;
    },
    deleteProperty: (_target, key) => {
      if (typeof key === "string") write(key, DELETED);
      return true;
    },
  });

  if (unavailable) report("unavailable");

  return {
    engine,
    problem: () => seen,
    onProblem(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

let installed: SafeEngine | undefined;

/**
 * Creates the page's one safe engine over `localStorage` (once). A store built on
 * @nanostores/persistent passes `engine` to `setPersistentEngine` itself before
 * creating its atom (src/features/letters/store.ts); the plan's store reads and writes it
 * directly.
 */
export function installSafeEngine(): SafeEngine {
  installed ??= createSafeEngine();
  return installed;
}
