/** Labels for the builder's form controls (the letters' own wording is in wording.ts). */
import type { Audience, FlagField, QuestionId, Tone } from "./types";

export { NATION_LABELS } from "../../platform/dates/bank-holidays";

export const TONE_LABELS: Readonly<Record<Tone, string>> = {
  formal: "Formal",
  warm: "Warm",
};

export const AUDIENCE_LABELS: Readonly<Record<Audience, string>> = {
  "hiring-manager": "The hiring manager or interviewer",
  "hr-team": "An HR or recruitment team",
  agency: "An agency recruiter",
};

export const FLAG_LABELS: Readonly<Record<FlagField, string>> = {
  includeThanks: "Thank them for the interview",
  includeFeedback: "Ask for feedback too",
  includeFuture: "Say you would welcome future roles",
  askElsewhere: "Ask whether they know of similar vacancies elsewhere",
};

export const QUESTION_LABELS: Readonly<Record<QuestionId, string>> = {
  "weaker-parts": "Which parts of the interview were weaker",
  "biggest-difference": "Which skills or experience would have made the biggest difference",
  "next-time": "What would make you a stronger candidate next time",
};
