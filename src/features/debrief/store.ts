/**
 * The interview debriefs, kept in this browser only (localStorage key `atn:debrief:v1`).
 * Change them only through the actions below; each returns whether this browser is
 * keeping changes (false: kept in memory for this visit, and the page says so once).
 *
 * Kept by the platform's synced store (src/platform/storage/synced-store.ts): every
 * action applies to the latest stored value under a lock shared by every tab, the page
 * follows other tabs, "Delete everything" and Back, and deleted data is never written
 * back. Each debrief merges on its own; a patch to a debrief that no longer exists
 * changes nothing.
 */
import { $storageProblem } from "../../platform/storage/status";
import type { Fields } from "../../platform/storage/rebase";
import { createSyncedStore } from "../../platform/storage/synced-store";
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
  DEBRIEF_VERSION,
  decodeDebriefs,
  encodeDebriefs,
  type Debrief,
  type DebriefState,
  type Feedback,
  type FeedbackKind,
  type Question,
} from "./debrief-state";

export { $storageProblem };

const ORDER = "order";

/** Each list item as its own field, with its place: two tabs adding or changing different questions both keep theirs. */
const itemFields = (tag: string, id: string, items: readonly { id: string }[]): [string, string][] =>
  items.map((item, place) => [`${tag} ${id} ${item.id}`, JSON.stringify([place, item])]);

/** A list back from its fields, in place order (ties, from two tabs adding at once, by id). */
function itemsFrom(fields: Fields, tag: string, id: string): unknown[] {
  const prefix = `${tag} ${id} `;
  return Object.entries(fields)
    .filter(([name, text]) => name.startsWith(prefix) && text)
    .map(([name, text]) => [name, JSON.parse(text)] as [string, [number, unknown]])
    .sort(([a, [pa]], [b, [pb]]) => pa - pb || (a < b ? -1 : 1))
    .map(([, [, item]]) => item);
}

const store = createSyncedStore<DebriefState>({
  key: DEBRIEF_KEY,
  decode: decodeDebriefs,
  encode: encodeDebriefs,
  split: (state) =>
    Object.fromEntries([
      [ORDER, state.debriefs.map((d) => d.id).join(" ")],
      ...state.debriefs.flatMap((d) => [
        [`d ${d.id}`, JSON.stringify({ ...d, questions: [], feedback: [] })] as [string, string],
        ...itemFields("q", d.id, d.questions),
        ...itemFields("f", d.id, d.feedback),
      ]),
    ]),
  join: (fields) => {
    const listed = (fields[ORDER] ?? "").split(" ").filter(Boolean);
    // A debrief another tab started at the same moment may be missing from the order: keep it, last.
    const started = Object.keys(fields)
      .filter((name) => name.startsWith("d ") && fields[name])
      .map((name) => name.slice(2));
    const ids = [...listed, ...started.filter((id) => !listed.includes(id))].filter((id) => fields[`d ${id}`]);
    return decodeDebriefs(
      JSON.stringify({
        version: DEBRIEF_VERSION,
        debriefs: ids.map((id) => ({
          ...JSON.parse(fields[`d ${id}`]!),
          questions: itemsFrom(fields, "q", id),
          feedback: itemsFrom(fields, "f", id),
        })),
      }),
    );
  },
});

/** What is kept now. */
export const $debriefs = store.$value;
const read = (): DebriefState => $debriefs.get();

/** Applies `patch` to what is stored now and writes the result back. */
function apply(patch: (stored: DebriefState) => DebriefState): boolean {
  void store.update(patch);
  return $storageProblem.get() === null;
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
