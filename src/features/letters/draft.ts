/**
 * Reading drafts back from storage and from share links. Both are untrusted input:
 * anything unexpected falls back to the empty draft's value, and nothing throws.
 *
 * Storage key history (bump the version when the shape changes, and migrate here):
 *   atn:letter:v1  the LetterDraft shape in types.ts. Later additions that older v1
 *                  drafts read safely, so the key stayed the same:
 *                  - `requestedDate` (the chaser's date): missing means "".
 *                  - `nation` (bank holidays for suggested dates): missing means England and Wales.
 *                  - `newVacancy`, `feedbackPoint`, `followUp`: missing means "".
 *                  - the subject access letters' fields (`records`, `otherDates`,
 *                    `candidateRef`, `sarReceivedDate`, `complaintDate`,
 *                    `lastContactDate`, `electronicCopy`, `toDpo`): missing means the
 *                    empty draft's value.
 *                  - the question "successful-candidate" became "biggest-difference";
 *                    a stored old id is read as the new one (see QUESTION_RENAMES).
 *                  - `jobReference` (a job's reference number): missing means "".
 *                  - `chasing` (what the chaser follows up): missing means the feedback
 *                    request, the only thing the chaser followed up before.
 *                  - the audience "panel-chair" is new; older drafts never hold it.
 */
import {
  DATE_FIELDS,
  EMPTY_DRAFT,
  FLAG_FIELDS,
  TEXT_FIELDS,
  isAudience,
  isChaseTarget,
  isNation,
  isQuestionId,
  isRecordId,
  isTone,
} from "./types";
import type { LetterDraft } from "./types";
import { parseIsoDate } from "./timing";

export const DRAFT_STORAGE_KEY = "atn:letter:v1";

/** Longest text kept per field: generous, but stops storage filling with one paste. */
export const MAX_FIELD_LENGTH = 20_000;

/** Question ids that were renamed, old to new, so a saved choice survives the rename. */
const QUESTION_RENAMES: Readonly<Record<string, string>> = { "successful-candidate": "biggest-difference" };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Validates any value as a draft, field by field; unknown keys are dropped. */
export function toDraft(value: unknown): LetterDraft {
  const draft: LetterDraft = {
    ...EMPTY_DRAFT,
    questions: [...EMPTY_DRAFT.questions],
    records: [...EMPTY_DRAFT.records],
  };
  if (!isRecord(value)) return draft;
  for (const key of TEXT_FIELDS) {
    const field = value[key];
    if (typeof field === "string") draft[key] = field.slice(0, MAX_FIELD_LENGTH);
  }
  for (const key of DATE_FIELDS) {
    const field = value[key];
    if (typeof field === "string" && parseIsoDate(field)) draft[key] = field;
  }
  for (const key of FLAG_FIELDS) {
    const field = value[key];
    if (typeof field === "boolean") draft[key] = field;
  }
  if (isTone(value["tone"])) draft.tone = value["tone"];
  if (isAudience(value["audience"])) draft.audience = value["audience"];
  if (isNation(value["nation"])) draft.nation = value["nation"];
  if (isChaseTarget(value["chasing"])) draft.chasing = value["chasing"];
  const questions = value["questions"];
  if (Array.isArray(questions)) {
    const renamed = questions.map((id: unknown) =>
      typeof id === "string" && Object.hasOwn(QUESTION_RENAMES, id) ? QUESTION_RENAMES[id] : id,
    );
    draft.questions = [...new Set(renamed.filter(isQuestionId))];
  }
  const records = value["records"];
  if (Array.isArray(records)) draft.records = [...new Set(records.filter(isRecordId))];
  return draft;
}

/** Parses stored JSON into a draft; broken or hostile text gives the empty draft. */
export function decodeDraft(stored: string | undefined): LetterDraft {
  if (stored === undefined) return toDraft(null);
  try {
    return toDraft(JSON.parse(stored));
  } catch {
    return toDraft(null);
  }
}

/** The stored text for a draft; undefined for the empty draft, so the key is removed. */
export function encodeDraft(draft: LetterDraft): string | undefined {
  const text = JSON.stringify(draft);
  return text === JSON.stringify(toDraft(null)) ? undefined : text;
}

/** The draft as independent fields (one per form field), for merging tabs (src/platform/storage/rebase.ts). */
export function draftFields(draft: LetterDraft): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(draft)) fields[key] = JSON.stringify(value);
  return fields;
}

/** The draft from its fields (the inverse of `draftFields`); anything unreadable takes the empty draft's value. */
export function draftFromFields(fields: Readonly<Record<string, string>>): LetterDraft {
  const value: Record<string, unknown> = {};
  for (const [key, text] of Object.entries(fields)) {
    try {
      value[key] = JSON.parse(text);
    } catch {
      // "" or damaged text: toDraft gives the empty draft's value.
    }
  }
  return toDraft(value);
}

/** True when nothing has been typed into any text or date field. */
export function isBlankDraft(draft: LetterDraft): boolean {
  return TEXT_FIELDS.every((key) => draft[key].trim() === "") && DATE_FIELDS.every((key) => draft[key] === "");
}
