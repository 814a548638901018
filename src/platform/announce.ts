/**
 * Announcing a status change to screen readers through a live region that is in the
 * server-rendered HTML (a region added later is often not read).
 */

/** Says `message` (optionally marked with a `kind` for styling) in `region`. */
export type Announce = (message: string, kind?: string) => void;

/** An announcer for one live region. */
export function createAnnouncer(region: HTMLElement): Announce {
  return (message, kind) => {
    if (kind === undefined) delete region.dataset["kind"];
    else region.dataset["kind"] = kind;
    // The same words twice in a row would not be read again: vary them invisibly.
    region.textContent = region.textContent === message ? `${message}\u00a0` : message;
  };
}
