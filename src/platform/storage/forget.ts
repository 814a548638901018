/**
 * "Delete everything this site keeps": removes every localStorage key that starts
 * with `atn:` (the prefix all of this site's keys share) and nothing else.
 */
import type { StorageLike } from "./safe-engine";

export const SITE_KEY_PREFIX = "atn:";

export type ForgetResult = { readonly ok: true; readonly removed: number } | { readonly ok: false };

/** Removes this site's keys from `storage`; never throws. */
export function forgetSiteData(getStorage: () => StorageLike | null | undefined): ForgetResult {
  try {
    const storage = getStorage();
    if (!storage) return { ok: false };
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(SITE_KEY_PREFIX)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
    return { ok: true, removed: keys.length };
  } catch {
    return { ok: false };
  }
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
