import type { StorageLike } from "../../src/platform/storage/safe-engine";

/**
 * The one fake Web Storage the unit tests share: a Map behind the StorageLike
 * interface of src/platform/storage/safe-engine.ts, with switches for the failures
 * browsers produce (a read that throws, a write that throws, e.g. a quota error).
 * "Storage unavailable" is not a storage at all: use `unavailableStorage` as the
 * `getStorage` function, or `() => null`.
 */
export interface MemoryStorageOptions {
  /** Starting entries, in insertion order. */
  readonly entries?: Readonly<Record<string, string>>;
  /** When set, every getItem throws the error it returns (a privacy setting). */
  readonly failGet?: () => Error;
  /** When set, every setItem throws the error it returns (a full quota). */
  readonly failSet?: () => Error;
}

export type MemoryStorage = StorageLike & { readonly data: Map<string, string> };

export function memoryStorage(options: MemoryStorageOptions = {}): MemoryStorage {
  const data = new Map(Object.entries(options.entries ?? {}));
  return {
    data,
    getItem(key) {
      if (options.failGet) throw options.failGet();
      return data.get(key) ?? null;
    },
    setItem(key, value) {
      if (options.failSet) throw options.failSet();
      data.set(key, value);
    },
    removeItem(key) {
      data.delete(key);
    },
    key(index) {
      return [...data.keys()][index] ?? null;
    },
    get length() {
      return data.size;
    },
  };
}

/** The error browsers throw when a write goes over the storage quota. */
export const quotaError = (): Error => new DOMException("The quota has been exceeded.", "QuotaExceededError");

/** The error browsers throw when privacy settings deny storage. */
export const securityError = (): Error => new DOMException("Access is denied for this document.", "SecurityError");

/** A `getStorage` function for a browser where reaching localStorage throws. */
export const unavailableStorage = (): never => {
  throw securityError();
};
