/**
 * "Delete everything this site keeps": removes every localStorage key that starts with
 * `atn:` (the prefix all of this site's keys share) and nothing else, then writes a new
 * erase generation under ERASED_KEY. Every synced store (synced-store.ts) compares that
 * generation with the one it loaded before it writes, and resets to empty without
 * writing when it changed, so no open tab, and no page restored by Back, can write
 * deleted data back.
 */
import type { SafeEngine } from "./safe-engine";
import { withStorageLock } from "./lock";
import { ERASED_KEY, resetAfterErase, SITE_KEY_PREFIX } from "./erase-marker";

export { ERASED_KEY, onErase, SITE_KEY_PREFIX } from "./erase-marker";

export type ForgetResult = { readonly ok: true; readonly removed: number } | { readonly ok: false };

/** The site's data keys now in `engine` (the erase marker is not data). */
const dataKeys = (engine: SafeEngine): string[] =>
  engine.keys().filter((key) => key.startsWith(SITE_KEY_PREFIX) && key !== ERASED_KEY);

/**
 * Removes this site's keys from `engine` and starts a new erase generation; never
 * throws. `removed` counts the keys that held data.
 */
export function forgetSiteData(engine: SafeEngine): ForgetResult {
  if (engine.problem() === "unavailable") return { ok: false };
  const keys = dataKeys(engine);
  let ok = true;
  for (const key of keys) ok = engine.write(key, undefined) && ok;
  ok = engine.write(ERASED_KEY, `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`) && ok;
  resetAfterErase(engine);
  return ok ? { ok, removed: keys.length } : { ok: false };
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Erases under the storage lock, then waits for the other open tabs to hear of it
 * and checks again: a tab that wrote just before it heard has its write removed too.
 * Resolves once nothing of the site's data is stored, so the message it leads to is true.
 */
export async function forgetEverything(engine: SafeEngine, waitMs = 150): Promise<ForgetResult> {
  const result = await withStorageLock(() => forgetSiteData(engine));
  if (!result.ok) return result;
  for (let round = 0; round < 5; round++) {
    await settle(waitMs);
    const again = await withStorageLock(() => {
      const left = dataKeys(engine);
      for (const key of left) engine.write(key, undefined);
      return left.length;
    });
    if (!again) break;
  }
  return result;
}

/** What to tell the person afterwards. */
export function forgetMessage(result: ForgetResult): string {
  if (!result.ok) {
    return "Your browser did not let this site reach its storage, so nothing could be deleted from here. You can clear this site's data in your browser's settings.";
  }
  if (result.removed === 0) return "This site was not keeping anything in this browser. There was nothing to delete.";
  return `Deleted: this site no longer keeps anything in this browser (${result.removed} ${
    result.removed === 1 ? "item" : "items"
  } removed).`;
}
