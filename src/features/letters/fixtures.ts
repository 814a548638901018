/**
 * Named letter drafts, shared by the unit tables (src/features/letters/*.test.ts) and
 * the browser tests (src/features/letters/letters.browser.ts).
 */
import { EMPTY_DRAFT, type LetterDraft } from "./types";

const draft = (patch: Partial<LetterDraft>): LetterDraft => ({
  ...EMPTY_DRAFT,
  questions: [...EMPTY_DRAFT.questions],
  ...patch,
});

export const DRAFTS = {
  empty: draft({}),
  complete: draft({
    senderName: "Sam Taylor",
    senderEmail: "sam@example.com",
    senderPhone: "07700 900123",
    recipientName: "Priya Shah",
    recipientTitle: "Head of Design",
    organisation: "Northwind Studio",
    role: "Senior Designer",
    valued: "hearing how the team plans its releases",
    interviewDate: "2025-11-04",
    heardDate: "2025-11-07",
    includeFuture: true,
    askElsewhere: true,
  }),
  /** A public-sector interview: a panel chair with a title, and a job reference number. */
  publicSector: draft({
    senderName: "Sam Taylor",
    senderEmail: "sam@example.com",
    recipientName: "Dr Amara Okafor",
    organisation: "Riverside Hospitals NHS Trust",
    role: "Staff Nurse",
    jobReference: "123-AB-4567",
    audience: "panel-chair",
    interviewDate: "2026-11-17",
    questions: ["weaker-parts"],
  }),
  /** Chasing an email about the outcome (never heard back), not a feedback request. */
  chasingOutcome: draft({ chasing: "outcome-check", role: "Teaching Assistant", recipientName: "Mr Jones" }),
  roleOnly: draft({ role: "Data Analyst" }),
  organisationOnly: draft({ organisation: "Riverside Council" }),
  roleEndsInNoun: draft({ role: "Graduate Engineer position", organisation: "Acme" }),
  valuedEndsSentence: draft({ valued: "meeting the whole team." }),
  /** What a phone keyboard gives: a capital first letter, and an exclamation mark. */
  valuedAsTyped: draft({ valued: "Hearing about the roadmap!!", senderName: "Sam" }),
  everyQuestion: draft({ questions: ["weaker-parts", "biggest-difference", "next-time"], senderName: "Sam" }),
  noQuestions: draft({ questions: [], recipientName: "Dr Okafor" }),
  warmNamed: draft({ tone: "warm", recipientName: "Jo", senderName: "Alex" }),
  hrTeam: draft({ audience: "hr-team", organisation: "Acme" }),
  agencyUnnamed: draft({ audience: "agency", organisation: "Acme", role: "Buyer" }),
  messySpacing: draft({ role: "  Senior   Designer \n", organisation: "\tAcme\r\nLtd  ", senderName: " Sam " }),
  hostile: draft({
    senderName: '<img src=x onerror="alert(1)">',
    recipientName: "<script>alert('x')</script>",
    organisation: "Smith & Jones #1 + Partners?subject=hacked&body=x",
    role: "javascript:alert(1)",
    valued: "the <b>bold</b> & honest %20 answers",
    senderEmail: "a+b@example.com",
  }),
  unicode: draft({
    senderName: "Zoë Ångström",
    recipientName: "שָׁלוֹם עליכם",
    organisation: "👩🏽‍💻 Café Ñandú",
    role: "ประสานงาน",
    valued: "e\u0301\u0301\u0301 combining marks and 👨‍👩‍👧‍👦 families",
  }),
  longWord: draft({ valued: "x".repeat(10_000), organisation: "Acme" }),
} satisfies Record<string, LetterDraft>;

export type DraftName = keyof typeof DRAFTS;

/**
 * A draft as stored in `atn:letter:v1` before the job reference, the chaser's choice
 * and the panel chair existed (November 2026): it must still load.
 */
export const STORED_BEFORE_REFERENCES = {
  senderName: "Sam Taylor",
  senderEmail: "sam@example.com",
  senderPhone: "",
  recipientName: "Priya Shah",
  recipientTitle: "",
  organisation: "Northwind Studio",
  role: "Senior Designer",
  valued: "",
  newVacancy: "",
  feedbackPoint: "",
  followUp: "",
  interviewDate: "2025-11-04",
  heardDate: "2025-11-07",
  requestedDate: "2025-11-10",
  tone: "formal",
  audience: "hiring-manager",
  questions: ["next-time"],
  nation: "scotland",
  includeThanks: true,
  includeFeedback: false,
  includeFuture: true,
  askElsewhere: true,
} as const;

/** Organisation names that must still give safe download file names. */
export const HOSTILE_ORGANISATIONS = [
  "../../etc/passwd",
  "..\\..\\Windows\\System32",
  "CON",
  "nul",
  "<script>alert(1)</script>",
  "   ",
  ".htaccess",
  'a/b\\c:d*e?f"g<h>i|j',
  "株式会社",
  "👩🏽‍💻",
  "x".repeat(10_000),
  "Ünïcödé GmbH & Co. KG",
  "\u0000\u001f\u007f",
  "-leading-and-trailing-",
] as const;
