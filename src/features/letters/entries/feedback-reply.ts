/**
 * "Reply to feedback": thanks for feedback someone gave, with the point the person
 * will act on and an optional follow-up question. Feedback is a favour; a short reply
 * is how people remember you.
 */
import type { LetterDefinition } from "../compose";
import { futureSentences, writesToAgency } from "../feedback-words";
import { paragraphs, sentences } from "../text";
import { byAudience, SEND_WINDOW, type ByAudience } from "../wording";
import type { Tone } from "../types";

interface Words {
  subject: string;
  thanks: ByAudience;
  point: string;
  noPoint: string;
  followUp: string;
  noNeed: string;
}

const WORDS: Readonly<Record<Tone, Words>> = {
  formal: {
    subject: "{about}: thank you for the feedback",
    thanks: byAudience("Thank you for taking the time to send feedback on my interview for {position}{ref}{onDate}.", {
      "panel-chair": "Thank you, and the panel, for the feedback on my interview for {position}{ref}{onDate}.",
      "hr-team": "Thank you, and the panel, for the feedback on my interview for {position}{ref}{onDate}.",
      agency: "Thank you for passing on the feedback from my interview for {position}{ref}{onDate}.",
    }),
    point: "Your point about {point} is especially useful, and I will be working on it.",
    noPoint: "It is useful, and I will be working on it.",
    followUp: "If you have a moment, may I ask one follow-up question? {followUp}",
    noNeed: "If you are busy, there is no need to reply.",
  },
  warm: {
    subject: "{about}: thank you for the feedback",
    thanks: byAudience("Thanks so much for the feedback on my interview for {position}{ref}{onDate}.", {
      "panel-chair":
        "Thanks so much to you and the panel for the feedback on my interview for {position}{ref}{onDate}.",
      "hr-team": "Thanks so much to you and the panel for the feedback on my interview for {position}{ref}{onDate}.",
      agency: "Thanks so much for passing on the feedback from my interview for {position}{ref}{onDate}.",
    }),
    point: "The point about {point} is especially useful, and I'm going to work on it.",
    noPoint: "It's given me something clear to work on.",
    followUp: "If you've got a moment, could I ask one follow-up question? {followUp}",
    noNeed: "No need to reply if you're busy.",
  },
};

export const letter: LetterDefinition = {
  type: "feedback-reply",
  title: "Reply to feedback",
  summary: "Thank someone for the feedback they gave, with one follow-up question if you have one.",
  get when() {
    return `Send it within ${SEND_WINDOW} of getting their feedback, once you have read it calmly.`;
  },
  description:
    "Write a short reply thanking an employer for interview feedback, saying what you will act on, with an optional follow-up question.",
  advice: { slug: "turning-feedback-into-a-plan" },
  plan: { hash: "next-interview", label: "the steps in your plan for the next interview" },
  searchTerms: ["reply to feedback", "respond to feedback", "thank for feedback", "follow-up question"],
  email: true,
  timing: null,
  options: ["includeFuture", "askElsewhere"],
  fields: ["feedbackPoint", "followUp"],
  wording: WORDS,
  asksQuestions: () => false,
  offersElsewhere: (draft) => draft.includeFuture && writesToAgency(draft),
  compose(context) {
    const { draft, tone, a, f, facts } = context;
    const w = WORDS[tone];
    const first = sentences(f(w.thanks[a]), facts.text.feedbackPoint ? f(w.point) : w.noPoint);
    const ask = facts.text.followUp ? sentences(f(w.followUp), w.noNeed) : "";
    return {
      subject: f(w.subject),
      body: paragraphs(context.greeting, first, ask, futureSentences(context, draft.includeFuture), context.signature),
    };
  },
};
