/** "Ask for feedback": the registry entry and the sentences only this letter uses. */
import type { LetterDefinition } from "../compose";
import { FEEDBACK_WORDS, feedbackParagraphs, futureSentences, valuedSentence } from "../feedback-words";
import { paragraphs, sentences } from "../text";
import { byAudience, sendRule, type ByAudience } from "../wording";
import type { Tone } from "../types";

interface Words {
  subject: string;
  /** The first sentence: acknowledging the news. */
  outcomeHeard: ByAudience;
  /** The extra thanks switched on with "Thank them for the interview". */
  thanks: ByAudience;
}

const WORDS: Readonly<Record<Tone, Words>> = {
  formal: {
    subject: "Feedback request: {about}",
    outcomeHeard: byAudience("Thank you for letting me know the outcome of my interview for {position}{onDate}.", {
      agency:
        "Thank you for letting me know the outcome of my interview for {position}{onDate}, and for putting me forward.",
    }),
    thanks: {
      "hiring-manager": "I am grateful for the time you gave me and for the chance to learn more about {employer}.",
      "hr-team": "Please pass on my thanks to the interview panel for their time.",
      agency: "I am grateful for your help throughout the process.",
    },
  },
  warm: {
    // A warm opening that does not suggest the person had to chase for the news.
    subject: "Feedback request: {about}",
    outcomeHeard: byAudience("Thanks for letting me know how my interview for {position}{onDate} went.", {
      agency: "Thanks for letting me know how my interview for {position}{onDate} went, and for putting me forward.",
    }),
    thanks: {
      "hiring-manager": "I was sorry not to get it, but I enjoyed meeting you and learning about {employer}.",
      "hr-team": "I was sorry not to get it, but I enjoyed the interview, so please thank the panel for me.",
      agency: "I was sorry not to get it, but I appreciated your help along the way.",
    },
  },
};

export const letter: LetterDefinition = {
  type: "feedback-request",
  title: "Ask for feedback",
  summary: "An email asking what would make you a stronger candidate next time.",
  get when() {
    return `Send it ${sendRule()}`;
  },
  description: "Write a short, specific email asking for feedback after an interview that did not go your way.",
  advice: { slug: "asking-for-feedback" },
  plan: { hash: "first-days", label: "the first steps in your plan" },
  searchTerms: ["feedback request", "ask for feedback", "rejected after interview", "interview feedback email"],
  email: true,
  timing: "heard",
  options: ["includeThanks", "includeFuture", "askElsewhere"],
  fields: ["valued", "questions"],
  wording: WORDS,
  asksQuestions: () => true,
  offersElsewhere: (draft) => draft.includeFuture,
  compose(context) {
    const { draft, tone, a, f } = context;
    const w = WORDS[tone];
    const subject = f(draft.includeThanks ? FEEDBACK_WORDS[tone].subjectThanksAndFeedback : w.subject);
    const first = sentences(f(w.outcomeHeard[a]), draft.includeThanks && f(w.thanks[a]), valuedSentence(context));
    const future = futureSentences(context, draft.includeFuture);
    return {
      subject,
      body: paragraphs(context.greeting, first, feedbackParagraphs(context), future, context.signature),
    };
  },
};
