/**
 * The sentences more than one letter uses, written once per tone, with per-audience
 * overrides only where the audience changes the words. Each letter's own sentences
 * live beside its definition in entries/<letter>.ts, so a letter page's script loads
 * only its own wording.
 *
 * Slots in curly brackets are filled in by compose.ts (never anything else in curly
 * brackets, please):
 *   {name}        the recipient's name as greeted: "Dr Okafor" or "Sam Okafor" (formal),
 *                 "Sam" (warm); see salutation.ts
 *   {position}    "the Designer role at Acme", "the Designer role", "the role at Acme" or "the role"
 *   {ref}         " (ref 123-AB-4567)" (with its leading space) or nothing; it goes in the
 *                 first sentence only, straight after {position}
 *   {onDate}      " on Tuesday 4 November" (with its leading space) or nothing
 *   {employer}    the organisation, or the fallback for the audience (see `employerFallback`)
 *   {about}       for subject lines, always starting with our own words, so a subject
 *                 never starts with typed text such as "Re:": "Interview for Designer",
 *                 "Interview for Designer (ref 123)", "Interview at Acme", "My recent
 *                 interview"; the organisation only where the role alone may not say
 *                 which job (to an agency, or when there is no role)
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
import { CHASE_AFTER_WORKING_DAYS, SEND_WITHIN_WORKING_DAYS } from "./working-days";
import type { Audience, QuestionId, Tone } from "./types";

export type ByAudience = Readonly<Record<Audience, string>>;

/** One sentence for every audience, with overrides only for the audiences that differ. */
export const byAudience = (text: string, overrides: Partial<Record<Audience, string>> = {}): ByAudience => ({
  "hiring-manager": text,
  "panel-chair": text,
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
 * "within two or three working days of hearing, …".
 */
export const SEND_RULE = `within ${NUMBER_WORDS[SEND_WITHIN_WORKING_DAYS - 1]} or ${workingDays(SEND_WITHIN_WORKING_DAYS)} of hearing, while the interview is fresh for both of you.`;

/** "two or three working days": the window for replies that should go out soon. */
export const SEND_WINDOW = `${NUMBER_WORDS[SEND_WITHIN_WORKING_DAYS - 1]} or ${workingDays(SEND_WITHIN_WORKING_DAYS)}`;

/** "Five working days after your feedback request": the chaser's rule, from the constant. */
export const CHASE_RULE = `${workingDays(CHASE_AFTER_WORKING_DAYS)[0]!.toUpperCase()}${workingDays(CHASE_AFTER_WORKING_DAYS).slice(1)}`;

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
  "weaker-parts": "Was there an answer that fell short?",
  "biggest-difference": "Which skills or experience would have made the biggest difference?",
  "next-time": "What would make me a stronger candidate next time?",
};

/** How an unnamed organisation is referred to; the same in both tones. */
const EMPLOYER_FALLBACK = byAudience("your organisation", { agency: "the organisation" });
const RECIPIENT_FALLBACK: ByAudience = {
  "hiring-manager": "the person who interviewed me",
  "panel-chair": "the chair of my interview panel",
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
      unnamed: {
        "hiring-manager": "Dear Hiring Manager,",
        "panel-chair": "Dear Panel Chair,",
        "hr-team": "Dear Recruitment Team,",
        agency: "Hello,",
      },
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

/**
 * What the preview (and the template without JavaScript) shows after "Dear" or "Hello"
 * while the recipient's name is empty: after an interview the name is almost always
 * known, so the gap asks for it. What is copied falls back to the greeting above.
 */
export const NAME_PROMPTS: ByAudience = {
  "hiring-manager": "[Name of the person who interviewed you]",
  "panel-chair": "[Name of the panel chair]",
  "hr-team": "[Name of the person who wrote to you]",
  agency: "[Name of your recruiter]",
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
  jobReference: "job reference",
  valued: "one thing you valued about the interview",
  newVacancy: "the new vacancy",
  feedbackPoint: "one point from their feedback",
  followUp: "your follow-up question",
  otherDates: "other interview dates",
  candidateRef: "candidate reference",
  complaintPoint: "what is missing or wrong",
  interviewDate: "date of interview",
} as const;

/** Sentences for the "When to send it" section; {date} is a long date. */
export const TIMING_WORDING = {
  heardLabel: "When did you hear the outcome?",
  /** The chaser's date label, by what it follows up. */
  requestedLabel: {
    "feedback-request": "When did you send your feedback request?",
    "outcome-check": "When did you send your email about the outcome?",
  },
  sendBy: { send: "Send it by {date}.", call: "Call by {date}." },
  late: {
    send: `That is more than ${workingDays(SEND_WITHIN_WORKING_DAYS)} ago, but a short, polite message is still worth sending today.`,
    call: `That is more than ${workingDays(SEND_WITHIN_WORKING_DAYS)} ago, but a short, polite call is still worth making today.`,
  },
  // The date counts from today: said so, or "send by" a later day would leave too little time.
  chaseIf: "If you ask for feedback today and hear nothing, follow up once from {date}, then let it go.",
  chaseOn: `Send this on or after {date} (${workingDays(CHASE_AFTER_WORKING_DAYS)} later).`,
  chaseDue: "It has been long enough: send it today.",
  future: "Choose a date that is not in the future.",
};
