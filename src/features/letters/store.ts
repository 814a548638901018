/**
 * The letter builder's state: one draft, kept in localStorage under atn:letter:v1
 * through the shared safe engine (memory only when storage fails). Change it only
 * through the actions below.
 *
 * Storage is the shared truth between tabs: every edit reads the stored draft, changes
 * only the field that was edited and writes it back, so two letter tabs never undo
 * each other's typing. Another tab's change (or "Delete everything") is picked up with
 * `reloadDraft`, which the island calls on `storage` and back/forward-cache `pageshow`.
 * A share link's fields are shown but not stored until the person edits something.
 */
import { atom } from "nanostores";
import { storageEngine } from "../../platform/storage/status";
import { DRAFT_STORAGE_KEY, decodeDraft, encodeDraft, toDraft, type SharedFields } from "./draft";
import type { DateField, FlagField, LetterDraft, QuestionId, TextField } from "./types";

/** The storage engine, so the island can tell the person when drafts will not be kept. */
export const letterStorage = storageEngine;

const readStored = (): LetterDraft => decodeDraft(storageEngine.engine[DRAFT_STORAGE_KEY]);

export const $letterDraft = atom<LetterDraft>(readStored());

/** Fields a share link filled in that are on screen but not yet stored. */
let prefill: Partial<LetterDraft> = {};

/** Applies one edit on top of the stored draft (and any prefill), then stores the result. */
const update = (patch: Partial<LetterDraft> | ((base: LetterDraft) => Partial<LetterDraft>)): void => {
  const base = toDraft({ ...readStored(), ...prefill });
  const next = toDraft({ ...base, ...(typeof patch === "function" ? patch(base) : patch) });
  prefill = {};
  storageEngine.engine[DRAFT_STORAGE_KEY] = encodeDraft(next);
  $letterDraft.set(next);
};

export function setTextField(field: TextField | DateField, value: string): void {
  update({ [field]: value });
}

export function setFlag(field: FlagField, on: boolean): void {
  update({ [field]: on });
}

export function setTone(tone: LetterDraft["tone"]): void {
  update({ tone });
}

export function setAudience(audience: LetterDraft["audience"]): void {
  update({ audience });
}

export function setNation(nation: LetterDraft["nation"]): void {
  update({ nation });
}

export function toggleQuestion(id: QuestionId, on: boolean): void {
  update((base) => {
    const rest = base.questions.filter((q) => q !== id);
    return { questions: on ? [...rest, id] : rest };
  });
}

const sharedPatch = ({ tone, role, organisation }: SharedFields): Partial<LetterDraft> => ({
  ...(tone !== undefined && { tone }),
  ...(role !== undefined && { role }),
  ...(organisation !== undefined && { organisation }),
});

/**
 * Fills in the fields a share link carries (tone, role, organisation). Shown only: on
 * a shared computer a link must not leave where someone applied behind. The first
 * edit stores them with it. `store: true` is for when the person chose the link's
 * details over their draft, which is an edit.
 */
export function applyShared(shared: SharedFields, store = false): void {
  if (store) return update(sharedPatch(shared));
  prefill = { ...prefill, ...sharedPatch(shared) };
  $letterDraft.set(toDraft({ ...$letterDraft.get(), ...prefill }));
}

/**
 * Reads the draft again from storage: another tab changed it, "Delete everything"
 * removed it, or the page came back from the back/forward cache. A share link's
 * unsaved fields stay on screen unless the draft was deleted.
 */
export function reloadDraft(): void {
  if (storageEngine.engine[DRAFT_STORAGE_KEY] === undefined) prefill = {};
  $letterDraft.set(toDraft({ ...readStored(), ...prefill }));
}

/** "Start again": the empty draft, and nothing kept in storage. */
export function resetDraft(): void {
  prefill = {};
  // Removing the key leaves nothing personal behind in this browser.
  delete storageEngine.engine[DRAFT_STORAGE_KEY];
  $letterDraft.set(toDraft(null));
}
