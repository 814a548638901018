/**
 * The letter builder's state: one draft, kept in localStorage under atn:letter:v1
 * (memory only when storage fails). Change it only through the actions below.
 *
 * The synced store (src/platform/storage/synced-store.ts) applies every edit to the
 * latest stored draft, field by field, under a lock shared by every tab, and keeps
 * this page in step with other tabs, "Delete everything" and Back. A share link's
 * fields are shown but not stored until the person edits something.
 */
import { atom, computed } from "nanostores";
import { createSyncedStore } from "../../platform/storage/synced-store";
import { DRAFT_STORAGE_KEY, decodeDraft, draftFields, draftFromFields, encodeDraft, toDraft } from "./draft";
import type { SharedFields } from "./share";
import type { ChaseTarget, DateField, FlagField, LetterDraft, QuestionId, RecordId, TextField } from "./types";

const draft = createSyncedStore<LetterDraft>({
  key: DRAFT_STORAGE_KEY,
  decode: decodeDraft,
  encode: encodeDraft,
  split: draftFields,
  join: draftFromFields,
});

/** Fields a share link filled in that are on screen but not yet stored. */
const $prefill = atom<Partial<LetterDraft>>({});

/** The draft on screen: the stored draft and any share link's fields over it. */
export const $letterDraft = computed([draft.$value, $prefill], (stored, prefill) =>
  Object.keys(prefill).length ? toDraft({ ...stored, ...prefill }) : stored,
);

// Another tab emptied the draft (Start again, Delete everything): a share link's fields go too.
draft.onReceive((value) => {
  if (encodeDraft(value) === undefined) $prefill.set({});
});

/** Calls `listener` when the draft changed because of another tab, "Delete everything" or Back. */
export const onDraftReceived = draft.onReceive;

/** Applies one edit on top of the stored draft (and any prefill), then stores the result. */
const update = (patch: Partial<LetterDraft> | ((base: LetterDraft) => Partial<LetterDraft>)): Promise<boolean> => {
  const prefill = $prefill.get();
  $prefill.set({});
  return draft.update((base) =>
    toDraft({ ...base, ...prefill, ...(typeof patch === "function" ? patch(base) : patch) }),
  );
};

export const setTextField = (field: TextField | DateField, value: string) => update({ [field]: value });

export const setFlag = (field: FlagField, on: boolean) => update({ [field]: on });

export const setTone = (tone: LetterDraft["tone"]) => update({ tone });

export const setAudience = (audience: LetterDraft["audience"]) => update({ audience });

export const setNation = (nation: LetterDraft["nation"]) => update({ nation });

export const setChasing = (chasing: ChaseTarget) => update({ chasing });

/**
 * Shows the chaser's choice a link asked for (…/letters/chaser/#chasing-outcome-check)
 * without storing it, like a share link's fields: the first edit stores it.
 */
export function preselectChasing(chasing: ChaseTarget): void {
  $prefill.set({ ...$prefill.get(), chasing });
}

export const toggleQuestion = (id: QuestionId, on: boolean) =>
  update((base) => {
    const rest = base.questions.filter((q) => q !== id);
    return { questions: on ? [...rest, id] : rest };
  });

/** Ticks or unticks one record in a subject access request. */
export function toggleRecord(id: RecordId, on: boolean): void {
  update((base) => {
    const rest = base.records.filter((r) => r !== id);
    return { records: on ? [...rest, id] : rest };
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
export function applyShared(shared: SharedFields, store = false): Promise<boolean> {
  if (store) return update(sharedPatch(shared));
  $prefill.set({ ...$prefill.get(), ...sharedPatch(shared) });
  return Promise.resolve(false);
}

/** "Start again": the empty draft, and nothing kept in storage. Returns the draft before, for Undo. */
export function resetDraft(): LetterDraft {
  const previous = $letterDraft.get();
  $prefill.set({});
  // The empty draft encodes as nothing: the key is removed, leaving nothing personal behind.
  void draft.update(() => toDraft(null));
  return previous;
}

/** Puts a whole draft back (Undo after Start again). */
export const restoreDraft = (previous: LetterDraft): Promise<boolean> => draft.update(() => toDraft(previous));
