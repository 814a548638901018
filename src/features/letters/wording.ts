/**
 * The sentences more than one letter uses, written once per tone, with per-audience
 * overrides only where the audience changes the words. Each letter's own sentences
 * live beside its definition in entries/<letter>.ts, so a letter page's script loads
 * only its own wording.
 *
 * Slots in curly brackets are filled in by compose.ts (never anything else in curly
 * brackets, please):
 *   {name}        the recipient's name as typed ("Priya", "Dr Patel")
 *   {position}    "the Designer role at Acme", "the Designer role", "the role at Acme" or "the role"
 *   {onDate}      " on Tuesday 4 November" (with its leading space) or nothing
 *   {employer}    the organisation, or the fallback for the audience (see `employerFallback`)
 *   {about}       for subject lines: "Designer interview at Acme", "interview at Acme", …
 *   {valued}      the detail the person valued, tidied to run on from "I valued"
 *                 (see toValuedPhrase in compose.ts)
 *   {questions}   the one chosen question (two or more are written as a list instead)
 *   {recipient}   phone script: who to ask for
 *   {vacancy}     keep me in mind: "the Product Designer role" they have applied for
 *   {point}       reply to feedback: the point from the feedback they will act on
 *   {followUp}    reply to feedback: their follow-up question, ending in "?"
 *   {senderName}, {email}, {phone}
 *   {date}        timing advice only: "Tuesday 11 November"
 * A full stop straight after a slot is dropped when the slot's text already ends a
 * sentence, so "{valued}." never becomes "..".
 *
 * House rules: British English, no exclamation marks, no grovelling, no promises.
 * Each sentence must read correctly whatever is or is not filled in: the unit tests
 * in src/features/letters/compose.test.ts check every combination.
 */
import { CHASE_AFTER_WORKING_DAYS, SEND_WITHIN_WORKING_DAYS } from "./timing";
import type { Audience, QuestionId, Tone } from "./types";

export type ByAudience = Readonly<Record<Audience, string>>;

/** One sentence for every audience, with overrides only for the audiences that differ. */
export const byAudience = (text: string, overrides: Partial<Record<Audience, string>> = {}): ByAudience => ({
  "hiring-manager": text,
  "hr-team": text,
  agency: text,
  ...overrides,
});

const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** "five working days", from the number, so the words never drift from the constants. */
export const workingDays = (count: number): string =>
  `${NUMBER_WORDS[count] ?? String(count)} working day${count === 1 ? "" : "s"}`;

/**
 * The one rule for when to send thanks and a feedback request (and to phone instead):
 * "within two or three working days of hearing, …". A function, not a constant, because
 * timing.ts imports this module too: reading its constants while this module loads
 * could run before they exist.
 */
export const sendRule = (): string =>
  `within ${NUMBER_WORDS[SEND_WITHIN_WORKING_DAYS - 1]} or ${workingDays(SEND_WITHIN_WORKING_DAYS)} of hearing, while the interview is fresh for both of you.`;

/** "two or three working days": the window for replies that should go out soon. */
export const sendWindow = (): string =>
  `${NUMBER_WORDS[SEND_WITHIN_WORKING_DAYS - 1]} or ${workingDays(SEND_WITHIN_WORKING_DAYS)}`;

/** "Five working days after your feedback request": the chaser's rule, from the constant. */
export const chaseRule = (): string => {
  const days = workingDays(CHASE_AFTER_WORKING_DAYS);
  return `${days[0]!.toUpperCase()}${days.slice(1)}`;
};

export interface SharedWording {
  greeting: { named: string; unnamed: ByAudience };
  signOff: { named: string; unnamed: ByAudience };
  /** Used for {employer} when no organisation is given. */
  employerFallback: ByAudience;
  /** Used for {recipient} (the phone script) when no name or job title is given. */
  recipientFallback: ByAudience;
}

/** The feedback questions asked directly (in lists and on the phone), in both tones. */
export const QUESTION_LIST: Readonly<Record<QuestionId, string>> = {
  "weaker-parts": "Which parts of my interview were weaker?",
  "biggest-difference": "Which skills or experience would have made the biggest difference?",
  "next-time": "What would make me a stronger candidate next time?",
};

/** How an unnamed organisation is referred to; the same in both tones. */
const EMPLOYER_FALLBACK = byAudience("your organisation", { agency: "the organisation" });
const RECIPIENT_FALLBACK: ByAudience = {
  "hiring-manager": "the person who interviewed me",
  "hr-team": "someone in the recruitment team",
  agency: "the consultant who handled my application",
};

/**
 * What every letter needs: greetings, sign-offs and fallbacks. The sentences only the
 * feedback letters use live in feedback-words.ts, loaded only by the pages that need them.
 */
export const SHARED: Readonly<Record<Tone, SharedWording>> = {
  formal: {
    greeting: {
      named: "Dear {name},",
      unnamed: { "hiring-manager": "Dear Hiring Manager,", "hr-team": "Dear Recruitment Team,", agency: "Hello," },
    },
    // "Yours sincerely/faithfully" reads as a posted letter; "Kind regards" is what
    // people sign emails with today, named or not.
    signOff: { named: "Kind regards,", unnamed: byAudience("Kind regards,") },
    employerFallback: EMPLOYER_FALLBACK,
    recipientFallback: RECIPIENT_FALLBACK,
  },
  warm: {
    greeting: { named: "Hello {name},", unnamed: byAudience("Hello,") },
    signOff: { named: "Best wishes,", unnamed: byAudience("Best wishes,") },
    employerFallback: EMPLOYER_FALLBACK,
    recipientFallback: RECIPIENT_FALLBACK,
  },
};

/** Words that already name the kind of job, so "role" is not added after them. */
export const ROLE_NOUNS = [
  "role",
  "position",
  "post",
  "job",
  "vacancy",
  "opportunity",
  "placement",
  "internship",
  "apprenticeship",
];

/** The bracketed gaps shown in the template when JavaScript is not running. */
export const GAP_LABELS = {
  senderName: "your name",
  senderEmail: "your email address",
  senderPhone: "your phone number",
  recipientName: "their name",
  recipientTitle: "their job title",
  organisation: "organisation",
  role: "job title",
  valued: "one thing you valued about the interview",
  newVacancy: "the new vacancy",
  feedbackPoint: "one point from their feedback",
  followUp: "your follow-up question",
  interviewDate: "date of interview",
} as const;

/**
 * Sentences for the "When to send it" section; {date} is a long date. The ones that
 * name a number of working days are getters, built from the constants in timing.ts
 * when read (see sendRule for why not while loading).
 */
export const TIMING_WORDING = {
  heardLabel: "When did you hear the outcome?",
  requestedLabel: "When did you send your feedback request?",
  sendBy: { send: "Send it by {date}.", call: "Call by {date}." },
  late: {
    get send(): string {
      return `That is more than ${workingDays(SEND_WITHIN_WORKING_DAYS)} ago, but a short, polite message is still worth sending today.`;
    },
    get call(): string {
      return `That is more than ${workingDays(SEND_WITHIN_WORKING_DAYS)} ago, but a short, polite call is still worth making today.`;
    },
  },
  chaseIf: "If you ask for feedback and hear nothing, follow up once on or after {date}, then let it go.",
  get chaseOn(): string {
    return `Send this on or after {date} (${workingDays(CHASE_AFTER_WORKING_DAYS)} later).`;
  },
  chaseDue: "It has been long enough: send it today.",
  future: "Choose a date that is not in the future.",
  reminderSummary: { about: "Chase feedback once: {about}", plain: "Chase interview feedback once" },
};
