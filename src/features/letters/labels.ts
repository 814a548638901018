/** Labels for the builder's form controls (the letters' own wording is in wording.ts). */
import type { Audience, ChaseTarget, FlagField, QuestionId, RecordId, Tone } from "./types";

export { NATION_LABELS } from "../../platform/dates/bank-holidays";

export const TONE_LABELS: Readonly<Record<Tone, string>> = {
  formal: "Formal",
  warm: "Warm",
};

export const AUDIENCE_LABELS: Readonly<Record<Audience, string>> = {
  "hiring-manager": "The hiring manager or interviewer",
  "panel-chair": "The chair of the interview panel",
  "hr-team": "An HR or recruitment team",
  agency: "An agency recruiter",
};

export const FLAG_LABELS: Readonly<Record<FlagField, string>> = {
  includeThanks: "Thank them for the interview",
  includeFeedback: "Ask for feedback too",
  includeFuture: "Say you would welcome future roles",
  askElsewhere: "Ask whether they have similar vacancies with other employers",
  electronicCopy: "Ask for an electronic copy",
  toDpo: "Address it to the data protection officer (otherwise to HR)",
};

export const RECORD_LABELS: Readonly<Record<RecordId, string>> = {
  notes: "Interview notes, by each member of the panel",
  scores: "Scores, ratings and marking sheets",
  tests: "Test results and assessment-centre marks",
  messages: "Emails and messages about you",
  decision: "The reason recorded for the decision",
  screening: "Any automated screening or sifting of your application",
};

export const QUESTION_LABELS: Readonly<Record<QuestionId, string>> = {
  "weaker-parts": "Whether an answer fell short",
  "biggest-difference": "Which skills or experience would have made the biggest difference",
  "next-time": "What would make you a stronger candidate next time",
};

/** The chaser's choice of what it follows up. */
export const CHASE_LABELS: Readonly<Record<ChaseTarget, string>> = {
  "feedback-request": "My feedback request",
  "outcome-check": "My email asking about the outcome",
};
