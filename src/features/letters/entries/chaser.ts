/** "Follow up once": the registry entry and the sentences only this letter uses. */
import type { LetterDefinition } from "../compose";
import { paragraphs, sentences } from "../text";
import { CHASE_AFTER_WORKING_DAYS } from "../timing";
import { byAudience, CHASE_RULE, QUESTION_LIST, workingDays, type ByAudience } from "../wording";
import type { Tone } from "../types";

/** Following up a feedback request. */
interface FeedbackWords {
  subject: string;
  opening: ByAudience;
  /** The question again, so the reader need not scroll down the thread. */
  repeatOne: string;
  repeatMany: string;
  body: ByAudience;
  close: string;
}

/** Following up an email that asked about the outcome (the reader never heard back). */
interface OutcomeWords {
  subject: string;
  opening: ByAudience;
  question: ByAudience;
  /** The easy way out: a short "no" is all they need to send. */
  close: string;
}

const WORDS: Readonly<Record<Tone, { "feedback-request": FeedbackWords; "outcome-check": OutcomeWords }>> = {
  formal: {
    "feedback-request": {
      subject: "{about}: following up on feedback",
      opening: byAudience(
        "I am writing to follow up my recent email asking for feedback on my interview for {position}{ref}{onDate}.",
      ),
      repeatOne: "My question was:",
      repeatMany: "My questions were:",
      body: {
        "hiring-manager":
          "I know how busy recruitment can be. If you are able to share a few thoughts, however brief, I would find them very useful.",
        "panel-chair":
          "I know how busy recruitment can be. If you are able to share a few thoughts from the panel, however brief, I would find them very useful.",
        "hr-team":
          "I know how busy recruitment can be. If the panel is able to share a few thoughts, however brief, I would find them very useful.",
        agency:
          "I know how busy recruitment can be. If {employer} has passed on any thoughts, however brief, I would find them very useful.",
      },
      close: "If feedback is not possible, I understand, and thank you again for considering me.",
    },
    "outcome-check": {
      subject: "{about}: following up my earlier email",
      opening: byAudience(
        "I am writing to follow up my recent email asking about the outcome of my interview for {position}{ref}{onDate}.",
      ),
      question: byAudience("Could you let me know whether a decision has been made, or when one is expected?", {
        agency: "Could you let me know whether {employer} has made a decision, or when one is expected?",
      }),
      close: "If the post has been filled, a short reply to say so is all I need. Thank you for your time.",
    },
  },
  warm: {
    "feedback-request": {
      subject: "{about}: following up on feedback",
      opening: byAudience(
        "I'm just following up my recent email asking for feedback on my interview for {position}{ref}{onDate}.",
      ),
      repeatOne: "My question was:",
      repeatMany: "My questions were:",
      body: byAudience("I know things get busy, so a couple of lines would be plenty.", {
        "hr-team": "I know things get busy, so a couple of lines from the panel would be plenty.",
        agency: "I know things get busy, so a couple of lines would be plenty, or anything {employer} has passed on.",
      }),
      close: "If it isn't possible, I understand, and thanks again for considering me.",
    },
    "outcome-check": {
      subject: "{about}: following up my earlier email",
      opening: byAudience("I'm just following up my recent email about my interview for {position}{ref}{onDate}."),
      question: byAudience("Has a decision been made yet, or is there a rough date for one?", {
        agency: "Has {employer} made a decision yet, or given a rough date for one?",
      }),
      close: "If it's gone to someone else, a quick line to say so is all I need. Thanks for your help.",
    },
  },
};

export const letter: LetterDefinition = {
  type: "chaser",
  title: "Follow up once",
  summary: "A polite nudge when a feedback request, or a question about the outcome, has had no reply.",
  get when() {
    return `${CHASE_RULE} after your feedback request or your email about the outcome, if nobody has replied. Send it as a reply in the same email thread, so they can see what you asked. Send it once, then let it go.`;
  },
  get description() {
    return `A short, polite follow-up for a feedback request, or a question about the outcome, that has had no reply after ${workingDays(CHASE_AFTER_WORKING_DAYS)}.`;
  },
  advice: { slug: "asking-for-feedback", section: "what-to-expect" },
  plan: { hash: "first-week", label: "the first-week steps in your plan" },
  searchTerms: ["chaser", "follow up", "chase", "no reply", "reminder email", "no news after interview"],
  email: true,
  timing: "requested",
  options: [],
  fields: ["chasing", "questions"],
  wording: WORDS,
  asksQuestions: (draft) => draft.chasing === "feedback-request",
  offersElsewhere: () => false,
  compose({ draft, tone, a, f, facts, greeting, signature }) {
    if (draft.chasing === "outcome-check") {
      const w = WORDS[tone]["outcome-check"];
      return {
        subject: f(w.subject),
        body: paragraphs(greeting, sentences(f(w.opening[a]), f(w.question[a])), w.close, signature),
      };
    }
    const w = WORDS[tone]["feedback-request"];
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
