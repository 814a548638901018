/**
 * "Checking on the outcome": for people who never heard back after an interview. One
 * polite question and an easy way out, so a busy reader can answer in one line.
 */
import type { LetterDefinition } from "../compose";
import { paragraphs, sentences } from "../text";
import { CHASE_AFTER_WORKING_DAYS } from "../timing";
import { byAudience, workingDays, type ByAudience } from "../wording";
import type { Tone } from "../types";

interface Words {
  subject: string;
  opening: ByAudience;
  /** The one question. */
  question: ByAudience;
  /** The easy way out: a short "no" is welcome. */
  wayOut: string;
  thanks: string;
}

const WORDS: Readonly<Record<Tone, Words>> = {
  formal: {
    subject: "{about}: any update?",
    opening: byAudience("I am writing about my interview for {position}{ref}{onDate}.", {
      agency: "I am writing about my interview for {position}{ref}{onDate}, which you put me forward for.",
    }),
    question: byAudience("Is there any news on the outcome, or a date by which you expect to decide?", {
      agency: "Has {employer} shared any news on the outcome, or a date by which they expect to decide?",
    }),
    wayOut: "If the role has gone to someone else, a one-line reply to say so is completely fine.",
    thanks: "Thank you for your time.",
  },
  warm: {
    subject: "{about}: any update?",
    opening: byAudience("I hope you're well. I'm getting in touch about my interview for {position}{ref}{onDate}."),
    question: byAudience("Is there any news yet, or a rough idea of when you'll decide?", {
      agency: "Has {employer} said anything yet, or given a rough idea of when they'll decide?",
    }),
    wayOut: "If it's gone to someone else, just a line to let me know would be great.",
    thanks: "Thanks for your help.",
  },
};

export const letter: LetterDefinition = {
  type: "outcome-check",
  title: "Check on the outcome",
  summary: "A short, polite question when you have not heard back after an interview.",
  get when() {
    return `Send it once the date they gave has passed, or ${workingDays(CHASE_AFTER_WORKING_DAYS)} after the interview if they gave none. If it gets no reply, follow up once at most, then put your energy into other applications.`;
  },
  description:
    "Never heard back after an interview? Write one short, polite email asking about the outcome, with an easy way for them to reply.",
  advice: { slug: "asking-for-feedback", section: "what-to-expect" },
  plan: { hash: "first-days", label: "the first steps in your plan" },
  searchTerms: ["ghosted", "never heard back", "no reply", "no response", "heard nothing", "waiting for an answer"],
  email: true,
  timing: null,
  options: [],
  fields: [],
  wording: WORDS,
  asksQuestions: () => false,
  offersElsewhere: () => false,
  compose({ tone, a, f, greeting, signature }) {
    const w = WORDS[tone];
    return {
      subject: f(w.subject),
      body: paragraphs(
        greeting,
        sentences(f(w.opening[a]), f(w.question[a])),
        sentences(w.wayOut, w.thanks),
        signature,
      ),
    };
  },
};
