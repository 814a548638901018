/**
 * Keeping this tab's recent changes when another tab's value arrives. A stored value
 * is seen as independent fields (a plan's steps, a letter's form fields), each as
 * comparable text ("" when absent). Two tabs that change different fields at the same
 * moment may each write a whole value without the other's change; rebasing the
 * incoming value on this tab's recent changes puts the missing change back, so both
 * survive and the tabs converge.
 */

/**
 * How long a change made here is kept against another tab's value that lacks it: far
 * longer than another tab's view of storage lags (milliseconds; on a loaded machine,
 * past one second), shorter than a person takes to change the same thing back in
 * another tab (within this time, that change back would be undone here).
 */
export const RECENT_MS = 3000;

/** Field name → the field's value as comparable text; a missing field is "". */
export type Fields = Readonly<Record<string, string>>;

/** One field this tab changed: its text before and after the change, and when. */
export interface PendingChange {
  readonly field: string;
  readonly before: string;
  readonly after: string;
  readonly at: number;
}

/** The fields that differ between two values, as changes made at `at`. */
export function changesBetween(before: Fields, after: Fields, at: number): PendingChange[] {
  const changes: PendingChange[] = [];
  for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const was = before[field] ?? "";
    const now = after[field] ?? "";
    if (was !== now) changes.push({ field, before: was, after: now, at });
  }
  return changes;
}

/**
 * `theirs` with this tab's pending changes kept, or null when it already holds them
 * (nothing to write back). Per field, this tab's latest value wins when `theirs` still
 * has a value from before it (the other tab had not seen it). When the other
 * tab changed the same field too, the larger text wins in both tabs alike, so the tabs
 * settle on one value instead of writing back and forth. Fields this tab did not
 * change are always theirs.
 */
export function rebase(theirs: Fields, pending: readonly PendingChange[]): Record<string, string> | null {
  // Per field: the values this tab had on the way (any of them in `theirs` means the
  // other tab had not seen the latest), and the latest.
  const ours = new Map<string, { seen: Set<string>; after: string }>();
  for (const { field, before, after } of pending) {
    const entry = ours.get(field);
    if (!entry) {
      ours.set(field, { seen: new Set([before]), after });
    } else {
      entry.seen.add(entry.after);
      entry.after = after;
    }
  }
  const out: Record<string, string> = { ...theirs };
  let changed = false;
  for (const [field, { seen, after }] of ours) {
    const their = theirs[field] ?? "";
    if (their === after) continue;
    if (seen.has(their) || after > their) {
      out[field] = after;
      changed = true;
    }
  }
  return changed ? out : null;
}
