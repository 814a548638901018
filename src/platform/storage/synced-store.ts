/**
 * A nanostores atom kept in one localStorage key and in step across open tabs: the
 * one way this site's stores keep data (plan, letter draft, and any new tool).
 *
 * The contract every store keeps by using `createSyncedStore`:
 * - Key: `atn:<name>:v<version>`. `decode` treats stored text as untrusted input: it
 *   checks it against the schema, keeps what is valid, migrates old shapes and never
 *   throws; `encode` returns undefined for the empty value, so the key is removed.
 * - Changes go through `update(change)` only: `change` gets the latest stored value
 *   (read under a Web Lock shared by every tab of this site), so two tabs changing
 *   different fields at once both keep their change. Chromium may show a tab storage
 *   a moment late even under the lock, so when another tab's value arrives without
 *   this tab's recent change (`split` names the fields; see rebase.ts) it is merged
 *   and written back.
 * - What is typed is never taken back: a change shows at once, changes still waiting
 *   for the lock stay shown over any value arriving meanwhile, and they are stored on
 *   `pagehide` if the page is left before their turn.
 * - Deletion wins: when "Delete everything" runs (forget.ts: a new erase generation
 *   under `atn:erased`), storage is cleared, or another tab removes the key, the
 *   store resets to `decode(undefined)` and forgets its pending changes without
 *   writing anything back. Before every write it checks the erase generation it
 *   loaded with, so a tab that missed the news, or a page restored by Back, cannot
 *   bring deleted data back.
 * - The store owns its listeners (`storage`, `pageshow`, `pagehide`, this page's own
 *   erase): added when something first subscribes to `$value` and removed when
 *   nothing does (nanostores `onMount`). Islands only subscribe and call actions.
 */
import { atom, onMount, type ReadableAtom } from "nanostores";
import { ERASED_KEY, onErase } from "./erase-marker";
import { withStorageLock } from "./lock";
import { changesBetween, rebase, RECENT_MS, type Fields, type PendingChange } from "./rebase";
import type { SafeEngine } from "./safe-engine";
import { storageEngine } from "./status";

/** How long a write-back waits for other tabs' values still on their way. */
const WRITE_BACK_MS = 20;
/**
 * How long a change of ours is still kept once another tab's value shows it: longer than
 * a busy tab's view of storage lags behind (past a second under load), shorter than a
 * person takes to switch tabs and change it back on purpose.
 */
const ACKED_MS = 1500;

export interface SyncedStoreOptions<T> {
  /** The storage key, `atn:<name>:v<version>`. */
  key: string;
  /** Stored text (undefined when there is none) to a valid value; never throws. */
  decode(text: string | undefined): T;
  /** A value to stored text; undefined for the empty value (the key is removed). */
  encode(value: T): string | undefined;
  /** The value as independent fields, each as comparable text ("" when empty). */
  split(value: T): Fields;
  /** A value from its fields (the inverse of `split`). */
  join(fields: Fields): T;
  /** Storage to use; the page's safe engine by default (tests pass their own). */
  engine?: SafeEngine;
  /** Where `storage` and `pageshow` events arrive; `globalThis` by default. */
  events?: Pick<Window, "addEventListener" | "removeEventListener">;
}

export interface SyncedStore<T> {
  /** The current value; subscribe to it, never set it. */
  readonly $value: ReadableAtom<T>;
  /**
   * Applies `change` to the latest stored value under the lock and stores the result.
   * The value on screen changes at once. Resolves true when it reached storage.
   */
  update(change: (current: T) => T): Promise<boolean>;
  /** Calls `listener` when the value changed because of another tab, an erase or Back. */
  onReceive(listener: (value: T) => void): () => void;
}

/** Creates a store kept under `options.key`; see the contract above. */
export function createSyncedStore<T>(options: SyncedStoreOptions<T>): SyncedStore<T> {
  const { key, decode, encode, split, join } = options;
  const engine = options.engine ?? storageEngine;
  const events = options.events ?? (typeof addEventListener === "function" ? globalThis : undefined);
  const $value = atom<T>(decode(engine.read(key)));
  const received = new Set<(value: T) => void>();
  let generation = engine.read(ERASED_KEY);
  let pending: PendingChange[] = [];

  const recent = (): PendingChange[] => {
    const since = Date.now() - RECENT_MS;
    pending = pending.filter((change) => change.at > since);
    return pending;
  };
  /** Shows a value that came from elsewhere; only a value that differs is set and heard. */
  const show = (value: T): void => {
    if (encode(value) === encode($value.get())) return;
    $value.set(value);
    for (const listener of received) listener(value);
  };
  /** What is stored now; after an erase this tab had not heard of, its pending changes go. */
  const readStored = (): T => {
    const now = engine.read(ERASED_KEY);
    if (now !== generation) {
      generation = now;
      pending = [];
    }
    return decode(engine.read(key));
  };
  /** Stored text with this tab's recent changes kept; null when it already holds them. */
  const withOurs = (theirs: T): T | null => {
    const fields = rebase(split(theirs), recent());
    return fields ? join(fields) : null;
  };

  /**
   * Changes made here not yet stored, oldest first, each with the promise to settle once
   * it is. Chromium does not always grant one tab's lock requests in the order they were
   * made, so a turn under the lock stores every change waiting, in the order they were
   * made, and a later turn that finds none has nothing to do.
   */
  const queued: { change: (current: T) => T; done: (ok: boolean) => void }[] = [];
  /** `value` with `waiting` changes made on top, oldest first. */
  const withChanges = (value: T, waiting: readonly { change: (current: T) => T }[]): T =>
    waiting.reduce((result, { change }) => change(result), value);

  /** Under the lock: the latest stored value, with this tab's recent changes and then `change`, stored. */
  const store = (change: (current: T) => T): boolean => {
    const stored = readStored();
    const next = change(withOurs(stored) ?? stored);
    pending.push(...changesBetween(split(stored), split(next), Date.now()));
    const text = encode(next);
    // What another tab stored is shown (and heard by onReceive); an equal value is not
    // shown again, so islands do not re-render for nothing.
    show(next);
    // Already stored (another tab's value holds this change): writing would only echo.
    if (text === engine.read(key) && engine.problem() === null) return true;
    return engine.write(key, text);
  };

  /** Stores every change waiting, oldest first, in one write. */
  const flush = (): void => {
    const batch = queued.splice(0);
    if (batch.length === 0) return;
    const ok = store((current) => withChanges(current, batch));
    for (const { done } of batch) done(ok);
  };

  const update = (change: (current: T) => T): Promise<boolean> =>
    new Promise((done) => {
      // On screen at once; stored under the lock, from the latest stored value.
      $value.set(change($value.get()));
      queued.push({ change, done });
      void withStorageLock(flush);
    });

  /**
   * One write-back at a time, a moment later: other tabs' values still on their way
   * arrive first and are read by it, so tabs settle after a few writes instead of
   * answering every stale value.
   */
  let writeBackQueued = false;
  const writeBack = (): void => {
    if (writeBackQueued) return;
    writeBackQueued = true;
    setTimeout(() => {
      void withStorageLock(() => {
        writeBackQueued = false;
        store((current) => current);
      });
    }, WRITE_BACK_MS);
  };

  /** Empty, with nothing pending and nothing written. */
  const reset = (): void => {
    pending = [];
    show(decode(undefined));
  };

  const onStorage = (event: StorageEvent): void => {
    if (event.key === null || event.key === ERASED_KEY) {
      generation = engine.read(ERASED_KEY);
      return reset();
    }
    if (event.key !== key) return;
    if (event.newValue === null) return reset();
    const theirs = decode(event.newValue);
    // A change of ours that their value holds has reached that tab, but a tab reading
    // storage a moment old may still write without it: it is kept a little longer
    // (ACKED_MS), not the full RECENT_MS, so a change back made there on purpose soon stands.
    const fields = split(theirs);
    const latest = new Map(pending.map((change) => [change.field, change.after]));
    const expireBy = Date.now() - RECENT_MS + ACKED_MS;
    pending = pending.map((change) =>
      latest.get(change.field) === (fields[change.field] ?? "") && change.at > expireBy
        ? { ...change, at: expireBy }
        : change,
    );
    const merged = withOurs(theirs);
    // Changes of ours still waiting for the lock are shown on top (a keystroke typed
    // while this value was on its way must not vanish from the field).
    show(withChanges(merged ?? theirs, queued));
    // Their value lacks a recent change of ours: store the merge, so they get it too.
    if (merged) writeBack();
  };
  /** Back from the back/forward cache (or a refill on Back): what is stored wins, and is drawn again. */
  const onPageShow = (): void => {
    pending = [];
    const stored = readStored();
    show(stored);
    $value.set(stored);
  };

  /**
   * Leaving the page (reload, a link, closing the tab) while changes still wait for the
   * lock: they are stored now, without it, as the page may never get its turn. Losing a
   * race with another tab is better than losing what the person just typed.
   */
  const onPageHide = (): void => flush();

  onMount($value, () => {
    $value.set(readStored());
    events?.addEventListener("storage", onStorage);
    events?.addEventListener("pageshow", onPageShow);
    events?.addEventListener("pagehide", onPageHide);
    const stopErase = onErase(engine, () => {
      generation = engine.read(ERASED_KEY);
      reset();
    });
    return () => {
      events?.removeEventListener("storage", onStorage);
      events?.removeEventListener("pageshow", onPageShow);
      events?.removeEventListener("pagehide", onPageHide);
      stopErase();
    };
  });

  return {
    $value,
    update,
    onReceive(listener) {
      received.add(listener);
      return () => received.delete(listener);
    },
  };
}
