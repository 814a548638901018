/**
 * The calendar reminder a letter offers: its title, description and file name, from the
 * letter and the draft. Loaded with the file-saving code (files.ts) when a person asks
 * for a reminder, so its words are not in every letter page's script at load.
 */
import { fill, type LetterDefinition } from "./compose";
import { toFileName } from "./filename";
import { toIcsReminder } from "./ics";
import { cleanField } from "./text";
import type { ChaseTarget, LetterDraft } from "./types";

/** Titles for the reminders the feedback letters and the chaser offer, by what is chased. */
export const REMINDER_WORDING = {
  "feedback-request": { about: "Chase feedback once: {about}", plain: "Chase interview feedback once" },
  "outcome-check": { about: "Follow up once: {about}", plain: "Follow up the interview outcome once" },
} as const satisfies Record<ChaseTarget, { about: string; plain: string }>;

export interface ReminderRequest {
  letter: Pick<LetterDefinition, "type" | "dateQuestion">;
  draft: LetterDraft;
  /** The day to remind. */
  remindOn: Date;
  /** The site's origin, for the link in the description. */
  origin: string;
  now: Date;
  uid: string;
}

/** The reminder's file name and .ics text. Typed text goes in literally ("$&" stays "$&"). */
export function reminderFile({ letter, draft, remindOn, origin, now, uid }: ReminderRequest): {
  name: string;
  text: string;
} {
  const org = cleanField(draft.organisation);
  const own = letter.dateQuestion?.reminder;
  if (own) {
    return {
      name: toFileName(own.fileName, org, "ics"),
      text: toIcsReminder({
        date: remindOn,
        summary: org ? `${own.summary}: ${org}` : own.summary,
        description: `${own.description} ${origin}${own.path}`,
        now,
        uid,
      }),
    };
  }
  // Only the chaser follows up an outcome check; every other letter's reminder chases feedback.
  const chasing = letter.type === "chaser" ? draft.chasing : "feedback-request";
  const words = REMINDER_WORDING[chasing];
  const about = [cleanField(draft.role), org].filter(Boolean).join(" at ");
  return {
    name: toFileName("chase-reminder", org, "ics"),
    text: toIcsReminder({
      date: remindOn,
      summary: about ? fill(words.about, { about }) : words.plain,
      description: `If there has been no reply, send one polite follow-up today: ${origin}/letters/chaser/${
        letter.type === "chaser" ? `#chasing-${draft.chasing}` : ""
      }\nThen let it go.`,
      now,
      uid,
    }),
  };
}
