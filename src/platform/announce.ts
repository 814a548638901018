/**
 * Announcing a status change to screen readers through a live region that is in the
 * server-rendered HTML (a region added later is often not read).
 */

/** Says `message` (optionally marked with a `kind` for styling) in `region`. */
export type Announce = (message: string, kind?: string) => void;

/**
 * An announcer for one live region. The region is emptied first and filled a moment
 * later, so the same words twice in a row are read again.
 */
export function createAnnouncer(region: HTMLElement): Announce {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (message, kind) => {
    clearTimeout(timer);
    if (kind === undefined) delete region.dataset["kind"];
    else region.dataset["kind"] = kind;
    region.textContent = "";
    timer = setTimeout(() => (region.textContent = message), 50);
  };
}
