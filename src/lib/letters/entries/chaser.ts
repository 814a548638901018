/** "Follow up once": the registry entry and the sentences only this letter uses. */
import type { LetterDefinition } from "../compose";
import { paragraphs, sentences } from "../text";
import { byAudience, chaseRule, workingDays, type ByAudience } from "../wording";
import { CHASE_AFTER_WORKING_DAYS } from "../timing";
import type { Tone } from "../types";

interface Words {
  subject: string;
  opening: ByAudience;
  body: ByAudience;
  close: string;
}

const WORDS: Readonly<Record<Tone, Words>> = {
  formal: {
    subject: "Following up my request for feedback: {about}",
    opening: byAudience(
      "I am writing to follow up my recent email asking for feedback on my interview for {position}{onDate}.",
    ),
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
    subject: "Following up my request for feedback: {about}",
    opening: byAudience(
      "I'm just following up my recent email asking for feedback on my interview for {position}{onDate}.",
    ),
    body: {
      "hiring-manager":
        "I know things get busy, so a couple of lines would be plenty. Any thoughts you can share would really help.",
      "hr-team":
        "I know things get busy, so a couple of lines from the panel would be plenty. Any thoughts would really help.",
      agency:
        "I know things get busy, so a couple of lines would be plenty. Anything {employer} has passed on would really help.",
    },
    close: "If it isn't possible, I understand, and thanks again for considering me.",
  },
};

export const letter: LetterDefinition = {
  type: "chaser",
  title: "Follow up once",
  summary: "A polite nudge when a feedback request has had no reply.",
  get when() {
    return `${chaseRule()} after your feedback request, if nobody has replied. Send it once, then let it go.`;
  },
  get description() {
    return `A short, polite follow-up for a feedback request that has had no reply after ${workingDays(CHASE_AFTER_WORKING_DAYS)}.`;
  },
  advice: { slug: "asking-for-feedback", section: "what-to-expect" },
  plan: { hash: "first-week", label: "the first-week steps in your plan" },
  searchTerms: ["chaser", "follow up", "chase", "no reply"],
  email: true,
  timing: "requested",
  options: [],
  fields: { valued: false, recipientTitle: false, newVacancy: false, questions: false },
  wording: WORDS,
  asksQuestions: () => false,
  offersElsewhere: () => false,
  compose({ tone, a, f, greeting, signature }) {
    const w = WORDS[tone];
    return {
      subject: f(w.subject),
      body: paragraphs(greeting, f(w.opening[a]), sentences(f(w.body[a]), f(w.close)), signature),
    };
  },
};
