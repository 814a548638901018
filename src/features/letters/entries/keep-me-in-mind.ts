/** "Ask them to keep you in mind": the registry entry and the sentences only this letter uses. */
import type { LetterDefinition } from "../compose";
import { elsewhereSentence, valuedSentence, writesToAgency } from "../feedback-words";
import { paragraphs, sentences } from "../text";
import { byAudience, type ByAudience } from "../wording";
import type { Tone } from "../types";

interface Words {
  subject: string;
  opening: ByAudience;
  thanks: ByAudience;
  keen: ByAudience;
  fallThrough: ByAudience;
  /** "I have seen you are recruiting for X and have applied." */
  vacancy: ByAudience;
}

const WORDS: Readonly<Record<Tone, Words>> = {
  formal: {
    subject: "{about}: keeping in touch",
    opening: {
      "hiring-manager": "I recently interviewed with you for {position}{ref}{onDate}.",
      "panel-chair": "I was recently interviewed by you and your panel for {position}{ref}{onDate}.",
      "hr-team": "I recently interviewed for {position}{ref}{onDate}.",
      agency: "You recently put me forward for {position}{ref}, and I was interviewed{onDate}.",
    },
    thanks: byAudience("Thank you for your time and for letting me know the outcome.", {
      "hr-team": "Thank you for letting me know the outcome, and please pass on my thanks to the panel.",
      agency: "Thank you for your help and for letting me know the outcome.",
    }),
    keen: byAudience("Although I was not offered the role, the interview left me keen to work at {employer}.", {
      agency:
        "Although I was not offered the role, the interview left me keen to work at {employer} or somewhere like it.",
    }),
    // "Should anything change" rather than "if the appointment falls through": it does
    // not presume anything about the person who was offered the post.
    fallThrough: byAudience(
      "Should anything change with this post, or a similar role come up, I would be glad to be considered.",
      {
        agency:
          "Should anything change with this post, or a similar role come up, I would be glad to be put forward again.",
      },
    ),
    vacancy: byAudience("I have seen that you are recruiting for {vacancy}, and I have applied.", {
      agency: "I have seen that {employer} is recruiting for {vacancy}, and I would like to apply through you.",
    }),
  },
  warm: {
    subject: "{about}: keeping in touch",
    opening: {
      "hiring-manager": "I interviewed with you recently for {position}{ref}{onDate}.",
      "panel-chair": "I was interviewed recently by you and your panel for {position}{ref}{onDate}.",
      "hr-team": "I interviewed recently for {position}{ref}{onDate}.",
      agency: "You put me forward recently for {position}{ref}, and I was interviewed{onDate}.",
    },
    thanks: byAudience("Thanks for your time, and for letting me know how it went.", {
      "hr-team": "Thanks for letting me know how it went, and please thank the panel for me.",
      agency: "Thanks for your help, and for letting me know how it went.",
    }),
    keen: byAudience("I didn't get the role this time, but the interview left me keen to work at {employer}.", {
      agency:
        "I didn't get the role this time, but the interview left me keen to work at {employer} or somewhere like it.",
    }),
    fallThrough: byAudience(
      "If anything changes with this post, or something similar comes up, I'd be glad to be considered.",
      {
        agency:
          "If anything changes with this post, or something similar comes up, I'd be glad to be put forward again.",
      },
    ),
    vacancy: byAudience("I've seen that you're recruiting for {vacancy}, and I've applied.", {
      agency: "I've seen that {employer} is recruiting for {vacancy}, and I'd like to apply through you.",
    }),
  },
};

export const letter: LetterDefinition = {
  type: "keep-me-in-mind",
  title: "Ask them to keep you in mind",
  summary: "A note saying you would welcome future roles, or this one if it falls through.",
  when: "Send it with your thank-you, or about a month later if a similar role comes up.",
  description: "Tell an employer you would welcome future roles, or this one if the appointment falls through.",
  advice: { slug: "the-door-may-still-be-open" },
  plan: { hash: "first-week", label: "the first-week steps in your plan" },
  searchTerms: ["keep me in mind", "future roles", "reapply", "stay in touch"],
  email: true,
  timing: null,
  options: ["includeThanks", "askElsewhere"],
  fields: ["valued", "newVacancy"],
  wording: WORDS,
  asksQuestions: () => false,
  offersElsewhere: writesToAgency,
  compose(context) {
    const { draft, tone, a, f } = context;
    const w = WORDS[tone];
    const first = sentences(f(w.opening[a]), draft.includeThanks && f(w.thanks[a]), valuedSentence(context));
    const second = sentences(f(w.keen[a]), f(w.fallThrough[a]), context.facts.text.newVacancy && f(w.vacancy[a]));
    return {
      subject: f(w.subject),
      body: paragraphs(context.greeting, first, second, elsewhereSentence(context), context.signature),
    };
  },
};
