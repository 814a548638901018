/** "Ask for feedback": the registry entry and the sentences only this letter uses. */
import type { LetterDefinition } from "../compose";
import { feedbackParagraphs, futureSentences, valuedSentence, writesToAgency } from "../feedback-words";
import { paragraphs, sentences } from "../text";
import { byAudience, SEND_RULE, type ByAudience } from "../wording";
import type { Tone } from "../types";

interface Words {
  subject: string;
  /**
   * The first sentence, which says thank you once. With "Thank them for the interview"
   * it thanks them for the interview and the news together; without, for the news.
   */
  outcomeHeard: ByAudience;
  withThanks: ByAudience;
}

const WORDS: Readonly<Record<Tone, Words>> = {
  formal: {
    subject: "{about}: feedback request",
    outcomeHeard: byAudience("Thank you for letting me know the outcome of my interview for {position}{ref}{onDate}.", {
      agency:
        "Thank you for letting me know the outcome of my interview for {position}{ref}{onDate}, and for putting me forward.",
    }),
    withThanks: {
      "hiring-manager":
        "Thank you for interviewing me for {position}{ref}{onDate}, and for letting me know the outcome.",
      "panel-chair":
        "Thank you and the panel for interviewing me for {position}{ref}{onDate}, and for letting me know the outcome.",
      "hr-team":
        "Thank you for letting me know the outcome of my interview for {position}{ref}{onDate}, and please pass on my thanks to the panel.",
      agency:
        "Thank you for putting me forward for {position}{ref}, and for letting me know the outcome of my interview{onDate}.",
    },
  },
  warm: {
    // A warm opening that does not suggest the person had to chase for the news.
    subject: "{about}: feedback request",
    outcomeHeard: byAudience("Thanks for letting me know the outcome of my interview for {position}{ref}{onDate}.", {
      agency:
        "Thanks for letting me know the outcome of my interview for {position}{ref}{onDate}, and for putting me forward.",
    }),
    withThanks: {
      "hiring-manager":
        "Thanks for letting me know the outcome of my interview for {position}{ref}{onDate}. I was sorry not to get it, but I enjoyed meeting you and learning about {employer}.",
      "panel-chair":
        "Thanks for letting me know the outcome of my interview for {position}{ref}{onDate}. I was sorry not to get it, but I enjoyed meeting you and the panel.",
      "hr-team":
        "Thanks for letting me know the outcome of my interview for {position}{ref}{onDate}. I was sorry not to get it, but I enjoyed the interview, so please thank the panel for me.",
      agency:
        "Thanks for letting me know the outcome of my interview for {position}{ref}{onDate}, and for putting me forward. I was sorry not to get it, but I appreciated your help along the way.",
    },
  },
};

export const letter: LetterDefinition = {
  type: "feedback-request",
  title: "Ask for feedback",
  summary: "An email asking what would make you a stronger candidate next time.",
  get when() {
    return `Send it ${SEND_RULE}`;
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
  offersElsewhere: (draft) => draft.includeFuture && writesToAgency(draft),
  compose(context) {
    const { draft, tone, a, f } = context;
    const w = WORDS[tone];
    const first = sentences(f((draft.includeThanks ? w.withThanks : w.outcomeHeard)[a]), valuedSentence(context));
    const future = futureSentences(context, draft.includeFuture);
    return {
      subject: f(w.subject),
      body: paragraphs(context.greeting, first, feedbackParagraphs(context), future, context.signature),
    };
  },
};
