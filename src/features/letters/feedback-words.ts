/**
 * Sentences shared by the letters that thank, ask for feedback or offer to be
 * considered again (feedback request, thank-you, keep me in mind), and the helpers that
 * assemble them. Written once, with audience overrides only where the words differ.
 * The phone script and the chaser do not load this file.
 */
import { fill, type LetterContext } from "./compose";
import { paragraphs, sentences } from "./text";
import type { LetterDraft, QuestionId, Tone } from "./types";
import { byAudience, QUESTION_LIST, type ByAudience } from "./wording";

interface FeedbackWording {
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
  /**
   * The ask about similar vacancies elsewhere: agencies only. From an employer it is a
   * big favour to ask in writing, so it is left to agencies and the phone script.
   */
  elsewhere: string;
}

const QUESTIONS: Readonly<Record<QuestionId, string>> = {
  "weaker-parts": "whether there was an answer that fell short",
  "biggest-difference": "which skills or experience would have made the biggest difference",
  "next-time": "what would make me a stronger candidate next time",
};

export const FEEDBACK_WORDS: Readonly<Record<Tone, FeedbackWording>> = {
  formal: {
    valued: "I particularly valued {valued}.",
    // No "grateful" or "appreciate" here: the letter has already said thank you once.
    feedbackAsk: byAudience("I am keen to keep improving, so any feedback you can share on my interview would help.", {
      "panel-chair":
        "I am keen to keep improving, so any feedback you or the panel can share on my interview would help.",
      "hr-team": "I am keen to keep improving, so any feedback the panel can share on my interview would help.",
      agency:
        "I am keen to keep improving, so if {employer} has shared any feedback on my interview, or would be willing to, I would like to hear it.",
    }),
    questionsIntro: "In particular, it would be useful to know {questions}.",
    questionsListIntro: "In particular, it would be useful to know:",
    questions: QUESTIONS,
    feedbackEase: "I know your time is limited, so even a few lines would be welcome.",
    future: byAudience(
      "I remain interested in working at {employer} and would welcome being considered for similar roles in future.",
      { agency: "Please keep me in mind for similar roles, whether with {employer} or with other clients." },
    ),
    elsewhere: "If you are recruiting for anything comparable at the moment, please let me know.",
  },
  warm: {
    valued: "I especially appreciated {valued}.",
    feedbackAsk: byAudience(
      "I'd like to learn from the experience, so any feedback you could share would help a lot.",
      {
        "panel-chair": "I'd like to learn from the experience, so any feedback from you or the panel would help a lot.",
        "hr-team": "I'd like to learn from the experience, so any feedback the panel could share would help a lot.",
        agency:
          "I'd like to learn from the experience, so if {employer} has shared any feedback, I'd be glad to hear it.",
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
    elsewhere: "And if you're working on anything comparable at the moment, do let me know.",
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

/** The ask about similar vacancies elsewhere, when ticked and written to an agency. */
export const elsewhereSentence = ({ tone, a, f, draft }: LetterContext): string =>
  draft.askElsewhere && a === "agency" ? f(FEEDBACK_WORDS[tone].elsewhere) : "";

/** True when a written letter may ask about vacancies elsewhere: only to an agency. */
export const writesToAgency = (draft: Pick<LetterDraft, "audience">): boolean => draft.audience === "agency";
