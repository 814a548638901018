/** "Say thank you": the registry entry and the sentences only this letter uses. */
import type { LetterDefinition } from "../compose";
import { feedbackParagraphs, futureSentences, valuedSentence, writesToAgency } from "../feedback-words";
import { paragraphs, sentences } from "../text";
import { SEND_RULE, type ByAudience } from "../wording";
import type { Tone } from "../types";

interface Words {
  subject: string;
  opening: ByAudience;
  body: ByAudience;
}

const WORDS: Readonly<Record<Tone, Words>> = {
  formal: {
    subject: "{about}: thank you",
    opening: {
      "hiring-manager":
        "Thank you for interviewing me for {position}{ref}{onDate}, and for letting me know the outcome.",
      "panel-chair":
        "Thank you and the panel for interviewing me for {position}{ref}{onDate}, and for letting me know the outcome.",
      "hr-team": "Thank you for letting me know the outcome of my interview for {position}{ref}{onDate}.",
      agency: "Thank you for putting me forward for {position}{ref}, and for letting me know the outcome.",
    },
    body: {
      "hiring-manager": "Although I was disappointed, I enjoyed our conversation and learning more about {employer}.",
      "panel-chair": "Although I was disappointed, I enjoyed the interview and learning more about {employer}.",
      "hr-team":
        "Please pass on my thanks to the interview panel. Although I was disappointed, I enjoyed the conversation and learning more about {employer}.",
      agency:
        "Although I was disappointed, I enjoyed the interview and learning more about {employer}, and I appreciated your help throughout.",
    },
  },
  warm: {
    subject: "{about}: thank you",
    opening: {
      "hiring-manager":
        "Thank you for interviewing me for {position}{ref}{onDate}, and for letting me know how it went.",
      "panel-chair":
        "Thank you and the panel for interviewing me for {position}{ref}{onDate}, and for letting me know how it went.",
      "hr-team": "Thanks for letting me know the outcome of my interview for {position}{ref}{onDate}.",
      agency: "Thanks for putting me forward for {position}{ref}, and for letting me know how it went.",
    },
    body: {
      "hiring-manager":
        "I was sorry not to get it, but I enjoyed our conversation and finding out more about {employer}.",
      "panel-chair": "I was sorry not to get it, but I enjoyed the interview and finding out more about {employer}.",
      "hr-team":
        "Please thank the panel for me. I was sorry not to get it, but I enjoyed finding out more about {employer}.",
      agency:
        "I was sorry not to get it, but I enjoyed finding out more about {employer}, and I appreciated your help.",
    },
  },
};

export const letter: LetterDefinition = {
  type: "thank-you",
  title: "Say thank you",
  summary: "A brief note thanking the people who interviewed you.",
  get when() {
    return `Send it ${SEND_RULE}`;
  },
  description:
    "Write a brief, sincere thank-you note to the people who interviewed you, even though the answer was no.",
  advice: { slug: "saying-thank-you" },
  plan: { hash: "first-days", label: "the first steps in your plan" },
  searchTerms: ["thank you note", "thank you email", "thanks after rejection"],
  email: true,
  timing: "heard",
  options: ["includeFeedback", "includeFuture", "askElsewhere"],
  fields: ["valued", "questions"],
  wording: WORDS,
  asksQuestions: (draft) => draft.includeFeedback,
  offersElsewhere: (draft) => draft.includeFuture && writesToAgency(draft),
  compose(context) {
    const { draft, tone, a, f } = context;
    const w = WORDS[tone];
    const first = sentences(f(w.opening[a]), f(w.body[a]), valuedSentence(context));
    const ask = draft.includeFeedback ? feedbackParagraphs(context) : "";
    const future = futureSentences(context, draft.includeFuture);
    return { subject: f(w.subject), body: paragraphs(context.greeting, first, ask, future, context.signature) };
  },
};
