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
  "subject-access-request",
  "subject-access-chaser",
  "data-protection-complaint",
  "ico-complaint",
] as const;
export type LetterType = (typeof LETTER_TYPES)[number];

/** UK bank holidays differ by nation: one list, owned by the bank-holiday data. */
export { NATIONS, isNation };
export type NationId = Nation;

export const TONES = ["formal", "warm"] as const;
export type Tone = (typeof TONES)[number];

/** Who the message goes to: it changes greetings and some sentences. */
export const AUDIENCES = ["hiring-manager", "panel-chair", "hr-team", "agency"] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * What the chaser follows up: the feedback request, or the email asking about the
 * outcome (for people who never heard back). Each value is the letter being chased.
 */
export const CHASE_TARGETS = ["feedback-request", "outcome-check"] as const;
export type ChaseTarget = (typeof CHASE_TARGETS)[number];

/** The feedback questions a person can choose to ask, in the order they are asked. */
export const QUESTION_IDS = ["weaker-parts", "biggest-difference", "next-time"] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/** The records a subject access request can name, in the order they are listed. */
export const RECORD_IDS = ["notes", "scores", "tests", "messages", "decision", "screening"] as const;
export type RecordId = (typeof RECORD_IDS)[number];

/** The free-text fields of a draft. Every one may be empty. */
export const TEXT_FIELDS = [
  "senderName",
  "senderEmail",
  "senderPhone",
  "recipientName",
  "recipientTitle",
  "organisation",
  "role",
  "jobReference",
  "valued",
  "newVacancy",
  "feedbackPoint",
  "followUp",
  "otherDates",
  "candidateRef",
  "complaintPoint",
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/**
 * Date fields hold "YYYY-MM-DD" or "". `heardDate` is when the outcome arrived;
 * `requestedDate` is when the feedback request went out (the chaser counts from it).
 */
export const DATE_FIELDS = [
  "interviewDate",
  "heardDate",
  "requestedDate",
  // The subject access letters: the day the organisation received the request (or
  // will), the day a data protection complaint was sent, and the last contact before
  // a complaint to the ICO.
  "sarReceivedDate",
  "complaintDate",
  "lastContactDate",
] as const;
export type DateField = (typeof DATE_FIELDS)[number];

export const FLAG_FIELDS = [
  "includeThanks",
  "includeFeedback",
  "includeFuture",
  "askElsewhere",
  "electronicCopy",
  "toDpo",
] as const;
export type FlagField = (typeof FLAG_FIELDS)[number];

export type LetterDraft = Record<TextField, string> &
  Record<DateField, string> &
  Record<FlagField, boolean> & {
    tone: Tone;
    audience: Audience;
    /** The chaser only: which earlier email it follows up. */
    chasing: ChaseTarget;
    questions: QuestionId[];
    /** The records a subject access request asks for. */
    records: RecordId[];
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
  jobReference: "",
  valued: "",
  newVacancy: "",
  feedbackPoint: "",
  followUp: "",
  otherDates: "",
  candidateRef: "",
  complaintPoint: "",
  interviewDate: "",
  heardDate: "",
  requestedDate: "",
  sarReceivedDate: "",
  complaintDate: "",
  lastContactDate: "",
  tone: "formal",
  audience: "hiring-manager",
  // The chaser's page is reached mostly from the feedback request and the plan's step
  // "follow up once"; the advice for people who never heard back links to the other
  // choice directly (LetterBuilder.astro gives each choice an id to link to).
  chasing: "feedback-request",
  // One question by default: a short, answerable request is likelier to get a reply.
  questions: ["next-time"] as QuestionId[],
  // Every record ticked: a request names what it wants, and the reader unticks the rest.
  records: [...RECORD_IDS] as RecordId[],
  nation: "england-and-wales",
  includeThanks: true,
  includeFeedback: false,
  includeFuture: false,
  askElsewhere: false,
  electronicCopy: true,
  toDpo: true,
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
export const isChaseTarget = (value: unknown): value is ChaseTarget =>
  typeof value === "string" && (CHASE_TARGETS as readonly string[]).includes(value);
export const isQuestionId = (value: unknown): value is QuestionId =>
  typeof value === "string" && (QUESTION_IDS as readonly string[]).includes(value);
export const isRecordId = (value: unknown): value is RecordId =>
  typeof value === "string" && (RECORD_IDS as readonly string[]).includes(value);
