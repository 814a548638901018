import { NATIONS, isNation, type Nation } from "../../platform/dates/bank-holidays";
/** The letters the builder writes; each is a page at /letters/<type>/. */
export const LETTER_TYPES = [
  "feedback-request",
  "thank-you",
  "keep-me-in-mind",
  "phone-script",
  "chaser",
  "outcome-check",
  "feedback-reply",
] as const;
export type LetterType = (typeof LETTER_TYPES)[number];

/** UK bank holidays differ by nation: one list, owned by the bank-holiday data. */
export { NATIONS, isNation };
export type NationId = Nation;

export const TONES = ["formal", "warm"] as const;
export type Tone = (typeof TONES)[number];

/** Who the message goes to: it changes greetings and some sentences. */
export const AUDIENCES = ["hiring-manager", "hr-team", "agency"] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The feedback questions a person can choose to ask, in the order they are asked. */
export const QUESTION_IDS = ["weaker-parts", "biggest-difference", "next-time"] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/** The free-text fields of a draft. Every one may be empty. */
export const TEXT_FIELDS = [
  "senderName",
  "senderEmail",
  "senderPhone",
  "recipientName",
  "recipientTitle",
  "organisation",
  "role",
  "valued",
  "newVacancy",
  "feedbackPoint",
  "followUp",
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/**
 * Date fields hold "YYYY-MM-DD" or "". `heardDate` is when the outcome arrived;
 * `requestedDate` is when the feedback request went out (the chaser counts from it).
 */
export const DATE_FIELDS = ["interviewDate", "heardDate", "requestedDate"] as const;
export type DateField = (typeof DATE_FIELDS)[number];

export const FLAG_FIELDS = ["includeThanks", "includeFeedback", "includeFuture", "askElsewhere"] as const;
export type FlagField = (typeof FLAG_FIELDS)[number];

export type LetterDraft = Record<TextField, string> &
  Record<DateField, string> &
  Record<FlagField, boolean> & {
    tone: Tone;
    audience: Audience;
    questions: QuestionId[];
    /** Whose bank holidays the suggested dates skip. */
    nation: NationId;
  };

export const EMPTY_DRAFT: Readonly<LetterDraft> = Object.freeze({
  senderName: "",
  senderEmail: "",
  senderPhone: "",
  recipientName: "",
  recipientTitle: "",
  organisation: "",
  role: "",
  valued: "",
  newVacancy: "",
  feedbackPoint: "",
  followUp: "",
  interviewDate: "",
  heardDate: "",
  requestedDate: "",
  tone: "formal",
  audience: "hiring-manager",
  // One question by default: a short, answerable request is likelier to get a reply.
  questions: ["next-time"] as QuestionId[],
  nation: "england-and-wales",
  includeThanks: true,
  includeFeedback: false,
  includeFuture: false,
  askElsewhere: false,
});

/** A finished message: `subject` is null for the phone script. */
export interface ComposedLetter {
  subject: string | null;
  body: string;
}

export const isLetterType = (value: unknown): value is LetterType =>
  typeof value === "string" && (LETTER_TYPES as readonly string[]).includes(value);
export const isTone = (value: unknown): value is Tone =>
  typeof value === "string" && (TONES as readonly string[]).includes(value);
export const isAudience = (value: unknown): value is Audience =>
  typeof value === "string" && (AUDIENCES as readonly string[]).includes(value);
export const isQuestionId = (value: unknown): value is QuestionId =>
  typeof value === "string" && (QUESTION_IDS as readonly string[]).includes(value);
