/** "Follow up once": the registry entry and the sentences only this letter uses. */
import type { LetterDefinition } from "../compose";
import { paragraphs, sentences } from "../text";
import { CHASE_AFTER_WORKING_DAYS } from "../timing";
import { byAudience, chaseRule, QUESTION_LIST, workingDays, type ByAudience } from "../wording";
import type { Tone } from "../types";

interface Words {
  subject: string;
  opening: ByAudience;
  /** The question again, so the reader need not scroll down the thread. */
  repeatOne: string;
  repeatMany: string;
  body: ByAudience;
  close: string;
}

const WORDS: Readonly<Record<Tone, Words>> = {
  formal: {
    // "Re:" because it is best sent as a reply in the same thread as the request.
    subject: "Re: Feedback request: {about}",
    opening: byAudience(
      "I am writing to follow up my recent email asking for feedback on my interview for {position}{onDate}.",
    ),
    repeatOne: "My question was:",
    repeatMany: "My questions were:",
    body: {
      "hiring-manager":
        "I know how busy recruitment can be. If you are able to share a few thoughts, however brief, I would find them very useful.",
      "hr-team":
        "I know how busy recruitment can be. If the panel is able to share a few thoughts, however brief, I would find them very useful.",
      agency:
        "I know how busy recruitment can be. If {employer} has passed on any thoughts, however brief, I would find them very useful.",
    },
    close: "If feedback is not possible, I understand, and thank you again for considering me.",
  },
  warm: {
    subject: "Re: Feedback request: {about}",
    opening: byAudience(
      "I'm just following up my recent email asking for feedback on my interview for {position}{onDate}.",
    ),
    repeatOne: "My question was:",
    repeatMany: "My questions were:",
    body: byAudience("I know things get busy, so a couple of lines would be plenty.", {
      "hr-team": "I know things get busy, so a couple of lines from the panel would be plenty.",
      agency: "I know things get busy, so a couple of lines would be plenty, or anything {employer} has passed on.",
    }),
    close: "If it isn't possible, I understand, and thanks again for considering me.",
  },
};

export const letter: LetterDefinition = {
  type: "chaser",
  title: "Follow up once",
  summary: "A polite nudge when a feedback request has had no reply.",
  get when() {
    return `${chaseRule()} after your feedback request, if nobody has replied. Send it as a reply in the same email thread, so they can see what you asked. Send it once, then let it go.`;
  },
  get description() {
    return `A short, polite follow-up for a feedback request that has had no reply after ${workingDays(CHASE_AFTER_WORKING_DAYS)}.`;
  },
  advice: { slug: "asking-for-feedback", section: "what-to-expect" },
  plan: { hash: "first-week", label: "the first-week steps in your plan" },
  searchTerms: ["chaser", "follow up", "chase", "no reply", "reminder email"],
  email: true,
  timing: "requested",
  options: [],
  fields: ["questions"],
  wording: WORDS,
  asksQuestions: () => true,
  offersElsewhere: () => false,
  compose({ tone, a, f, facts, greeting, signature }) {
    const w = WORDS[tone];
    const chosen = facts.questions;
    // One question fits on one line; two or more are a short list, as in the request.
    const repeat =
      chosen.length === 0
        ? ""
        : chosen.length === 1
          ? `${w.repeatOne} ${QUESTION_LIST[chosen[0]!]}`
          : [w.repeatMany, ...chosen.map((id) => `- ${QUESTION_LIST[id]}`)].join("\n");
    return {
      subject: f(w.subject),
      body: paragraphs(greeting, f(w.opening[a]), repeat, sentences(f(w.body[a]), f(w.close)), signature),
    };
  },
};
