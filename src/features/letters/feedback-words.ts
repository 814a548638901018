/**
 * Sentences shared by the letters that thank, ask for feedback or offer to be
 * considered again (feedback request, thank-you, keep me in mind), and the helpers that
 * assemble them. Written once, with audience overrides only where the words differ.
 * The phone script and the chaser do not load this file.
 */
import { fill, type LetterContext } from "./compose";
import { paragraphs, sentences } from "./text";
import type { QuestionId, Tone } from "./types";
import { byAudience, QUESTION_LIST, type ByAudience } from "./wording";

interface FeedbackWording {
  subjectThanksAndFeedback: string;
  valued: string;
  feedbackAsk: ByAudience;
  /** One question, asked inside a sentence. */
  questionsIntro: string;
  /** Two or more questions: this line, then one "- " line per question. */
  questionsListIntro: string;
  /** Each question as a phrase that completes "it would help to know …". */
  questions: Readonly<Record<QuestionId, string>>;
  feedbackEase: string;
  future: ByAudience;
  elsewhere: ByAudience;
}

const QUESTIONS: Readonly<Record<QuestionId, string>> = {
  "weaker-parts": "which parts of my interview were weaker",
  "biggest-difference": "which skills or experience would have made the biggest difference",
  "next-time": "what would make me a stronger candidate next time",
};

export const FEEDBACK_WORDS: Readonly<Record<Tone, FeedbackWording>> = {
  formal: {
    subjectThanksAndFeedback: "Thank you, and a feedback request: {about}",
    valued: "I particularly valued {valued}.",
    feedbackAsk: {
      "hiring-manager":
        "I am keen to keep improving, so I would be grateful for any feedback you can share on my interview.",
      "hr-team":
        "I am keen to keep improving, so I would be grateful for any feedback the panel can share on my interview.",
      agency:
        "I am keen to keep improving, so if {employer} has shared any feedback on my interview, or would be willing to, I would be grateful to hear it.",
    },
    questionsIntro: "In particular, it would help to know {questions}.",
    questionsListIntro: "In particular, it would help to know:",
    questions: QUESTIONS,
    feedbackEase: "I appreciate that your time is limited, and even a few lines would be useful.",
    future: byAudience(
      "I remain interested in working at {employer} and would welcome being considered for similar roles in future.",
      { agency: "Please keep me in mind for similar roles, whether with {employer} or with other clients." },
    ),
    elsewhere: byAudience("If you hear of similar vacancies elsewhere, please do let me know.", {
      agency: "If you are recruiting for anything comparable at the moment, please let me know.",
    }),
  },
  warm: {
    subjectThanksAndFeedback: "Thank you, and a feedback request: {about}",
    valued: "I especially appreciated {valued}.",
    feedbackAsk: byAudience(
      "I'd like to learn from the experience, so any feedback you could share would help a lot.",
      {
        "hr-team": "I'd like to learn from the experience, so any feedback the panel could share would help a lot.",
        agency: "I'd like to learn from the experience, so if {employer} has shared any feedback, I'd love to hear it.",
      },
    ),
    questionsIntro: "If you have a moment, it would be great to know {questions}.",
    questionsListIntro: "If you have a moment, it would be great to know:",
    questions: QUESTIONS,
    feedbackEase: "Even a couple of lines would be useful.",
    future: byAudience(
      "I'd still very much like to work at {employer}, so please do keep me in mind for similar roles.",
      { agency: "Please do keep me in mind for similar roles, with {employer} or anyone else." },
    ),
    elsewhere: byAudience("And if you hear of anything similar elsewhere, I'd be glad to know.", {
      agency: "And if you're working on anything comparable at the moment, do let me know.",
    }),
  },
};

/** "I particularly valued …", or "" when nothing was typed. */
export const valuedSentence = ({ tone, facts, f }: LetterContext): string =>
  facts.text.valued ? f(FEEDBACK_WORDS[tone].valued) : "";

/**
 * The feedback request with its questions. One question fits in a sentence; two or
 * more read better as a short list, which ends its paragraph, so the closing sentence
 * then starts a new one.
 */
export function feedbackParagraphs({ tone, a, facts, f, slots }: LetterContext): string {
  const w = FEEDBACK_WORDS[tone];
  const chosen = facts.questions;
  const list = chosen.length > 1;
  const questions =
    chosen.length === 0
      ? ""
      : list
        ? [w.questionsListIntro, ...chosen.map((id) => `- ${QUESTION_LIST[id]}`)].join("\n")
        : fill(w.questionsIntro, { ...slots, questions: w.questions[chosen[0]!] });
  return list
    ? paragraphs(sentences(f(w.feedbackAsk[a]), questions), f(w.feedbackEase))
    : sentences(f(w.feedbackAsk[a]), questions, f(w.feedbackEase));
}

/** The offer to be considered again, and the ask about elsewhere if ticked; "" when off. */
export const futureSentences = (context: LetterContext, on: boolean): string =>
  on ? sentences(context.f(FEEDBACK_WORDS[context.tone].future[context.a]), elsewhereSentence(context)) : "";

/** The ask about similar vacancies elsewhere, when ticked. */
export const elsewhereSentence = ({ tone, a, f, draft }: LetterContext): string =>
  draft.askElsewhere ? f(FEEDBACK_WORDS[tone].elsewhere[a]) : "";
