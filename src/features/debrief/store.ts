/**
 * The interview debriefs, kept in this browser only (localStorage key `atn:debrief:v1`).
 * Change them only through the actions below; each returns whether the change reached
 * storage (false: kept in memory for this visit, and the page says so once).
 *
 * Two tabs never lose a change: every action is a small patch applied to the value
 * read from storage at that moment and written back at once, never a whole state from
 * memory. `followOtherTabs` shows other tabs' saves, a clear ("Delete everything" in
 * another tab: a `storage` event with key null) and what is stored when the page comes
 * back from the back/forward cache. A patch to a debrief that no longer exists changes
 * nothing and writes nothing, so deleted data is never written back.
 *
 * Only `read` and `write` touch storage: a shared platform helper can replace them.
 */
import { atom } from "nanostores";
import { $storageProblem, savedBy, storageEngine } from "../../platform/storage/status";
import {
  addDebrief,
  addItems,
  changeFeedback,
  changeQuestion,
  moveQuestion,
  putDebrief,
  removeDebrief,
  removeItem,
  restoreItem,
  setDetails,
  type Details,
  type ListName,
  type QuestionChange,
} from "./changes";
import {
  DEBRIEF_KEY,
  decodeDebriefs,
  encodeDebriefs,
  type Debrief,
  type DebriefState,
  type Feedback,
  type FeedbackKind,
  type Question,
} from "./debrief-state";

export { $storageProblem };

const { engine } = storageEngine;
const read = (): DebriefState => decodeDebriefs(engine[DEBRIEF_KEY]);

/** What is kept now, as last read or written. */
export const $debriefs = atom<DebriefState>(read());

/** Applies `patch` to what is stored now and writes the result back at once. */
function apply(patch: (stored: DebriefState) => DebriefState): boolean {
  const stored = read();
  const next = patch(stored);
  if (next === stored) {
    // Nothing to write (the target may have been deleted elsewhere): show what is stored.
    $debriefs.set(stored);
    return savedBy(() => {});
  }
  return savedBy(() => {
    const text = encodeDebriefs(next);
    if (text === undefined) delete engine[DEBRIEF_KEY];
    else engine[DEBRIEF_KEY] = text;
    $debriefs.set(next);
  });
}

/** Re-reads storage and shows what it holds (another tab saved, or everything was deleted). */
export function refresh(): void {
  $debriefs.set(read());
}

/** Follows other tabs' saves and clears, and storage on Back/Forward. */
export function followOtherTabs(target: Pick<Window, "addEventListener">): void {
  target.addEventListener("storage", (event) => {
    if (event.key === DEBRIEF_KEY || event.key === null) refresh();
  });
  target.addEventListener("pageshow", refresh);
}

/** A short random id for a new debrief, question or feedback point. */
export const newId = (): string => Math.random().toString(36).slice(2, 12) || "0";

/** Starts a debrief for a new interview; returns its id. */
export function startDebrief(): string {
  const id = newId();
  apply((s) => addDebrief(s, id));
  return id;
}

/** Deletes a debrief; returns it and where it was, for Undo. */
export function deleteDebrief(id: string): { debrief: Debrief; index: number } | undefined {
  const index = read().debriefs.findIndex((d) => d.id === id);
  const debrief = read().debriefs[index];
  apply((s) => removeDebrief(s, id));
  return debrief && { debrief, index };
}

/** Puts a debrief back (Undo) or adds one from a file. */
export const restoreDebrief = (debrief: Debrief, index?: number): boolean =>
  apply((s) => putDebrief(s, debrief, index));

/** Changes the interview's organisation, role, date or format. */
export const changeDetails = (id: string, details: Details): boolean => apply((s) => setDetails(s, id, details));

/** Adds each line of `text` as a question or a feedback point; returns how many were added. */
export function writeItems(id: string, list: ListName, text: string): { added: number; saved: boolean } {
  let added = 0;
  const saved = apply((s) => {
    const result = addItems(s, id, list, text, newId);
    added = result.added;
    return result.state;
  });
  return { added, saved };
}

/** Changes one thing about one question. */
export const updateQuestion = (id: string, questionId: string, change: QuestionChange): boolean =>
  apply((s) => changeQuestion(s, id, questionId, change));

/** Moves a question one place up or down. */
export const reorderQuestion = (id: string, questionId: string, by: -1 | 1): boolean =>
  apply((s) => moveQuestion(s, id, questionId, by));

/** Removes a question or feedback point; returns it and where it was, for Undo. */
export function deleteItem(
  id: string,
  list: ListName,
  itemId: string,
): { item: Question | Feedback; index: number } | undefined {
  const items: readonly (Question | Feedback)[] = read().debriefs.find((d) => d.id === id)?.[list] ?? [];
  const index = items.findIndex((item) => item.id === itemId);
  const item = items[index];
  apply((s) => removeItem(s, id, list, itemId));
  return item && { item, index };
}

/** Puts a removed question or feedback point back where it was. */
export const undeleteItem = (id: string, list: ListName, item: Question | Feedback, index: number): boolean =>
  apply((s) => restoreItem(s, id, list, item, index));

/** Marks a feedback point knowledge or style, or changes its words. */
export const updateFeedback = (
  id: string,
  feedbackId: string,
  change: { readonly kind: FeedbackKind } | { readonly text: string },
): boolean => apply((s) => changeFeedback(s, id, feedbackId, change));
