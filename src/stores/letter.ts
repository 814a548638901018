/**
 * The letter builder's state: one draft, kept in localStorage under atn:letter:v1
 * through the shared safe engine (memory only when storage fails). Change it only
 * through the actions below.
 */
import { persistentAtom, setPersistentEngine } from "@nanostores/persistent";
import { storageEngine } from "./storage-status";
import { DRAFT_STORAGE_KEY, decodeDraft, encodeDraft, toDraft, type SharedFields } from "../lib/letters/draft";
import type { DateField, FlagField, LetterDraft, QuestionId, TextField } from "../lib/letters/types";
import { EMPTY_DRAFT } from "../lib/letters/types";

/** The storage engine, so the island can tell the person when drafts will not be kept. */
export const letterStorage = storageEngine;

// The safe engine no longer sets itself as @nanostores/persistent's engine (that kept
// the library in /plan/'s bundle, whose store does not use it): this store does.
// Its atom does not listen for events, so none are given.
setPersistentEngine(storageEngine.engine, { addEventListener() {}, removeEventListener() {} });

export const $letterDraft = persistentAtom<LetterDraft>(DRAFT_STORAGE_KEY, toDraft(null), {
  encode: encodeDraft,
  decode: (stored: string) => decodeDraft(stored),
  listen: false,
});

const update = (patch: Partial<LetterDraft>): void => {
  $letterDraft.set(toDraft({ ...$letterDraft.get(), ...patch }));
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

export function toggleQuestion(id: QuestionId, on: boolean): void {
  const rest = $letterDraft.get().questions.filter((q) => q !== id);
  update({ questions: on ? [...rest, id] : rest });
}

/** Fills in the fields a share link carries (tone, role, organisation). */
export function applyShared(shared: SharedFields): void {
  const { tone, role, organisation } = shared;
  update({
    ...(tone !== undefined && { tone }),
    ...(role !== undefined && { role }),
    ...(organisation !== undefined && { organisation }),
  });
}

/** "Start again": the empty draft, and nothing kept in storage. */
export function resetDraft(): void {
  $letterDraft.set({ ...EMPTY_DRAFT, questions: [...EMPTY_DRAFT.questions] });
  // Removing the key leaves nothing personal behind in this browser.
  delete (letterStorage.engine as Record<string, string>)[DRAFT_STORAGE_KEY];
}
