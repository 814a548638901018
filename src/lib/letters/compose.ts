/**
 * Turns a draft into a finished letter. The sentences come from wording.ts; this file
 * only decides which of them to use and fills their slots, so that every combination
 * of filled and empty fields reads as grammatical British English.
 */
import { cleanField, countWords, endSentence, paragraphs, sentences } from "./text";
import { formatLongDate, parseIsoDate } from "./timing";
import type { ComposedLetter, FlagField, LetterDraft, LetterType, QuestionId, TextField } from "./types";
import { QUESTION_IDS } from "./types";
import { GAP_LABELS, LETTER_INFO, ROLE_NOUNS, WORDING, type Wording } from "./wording";

export interface ComposeOptions {
  /**
   * Show empty fields as [bracketed gaps] to fill in by hand (the template shown
   * without JavaScript). Off by default: then nothing bracketed is ever added.
   */
  gaps?: boolean;
}

/** Which optional parts each letter offers; anything not listed is ignored for that letter. */
export const LETTER_OPTIONS: Readonly<Record<LetterType, readonly FlagField[]>> = {
  "feedback-request": ["includeThanks", "includeFuture", "askElsewhere"],
  "thank-you": ["includeFeedback", "includeFuture", "askElsewhere"],
  "keep-me-in-mind": ["includeThanks", "askElsewhere"],
  "phone-script": ["includeFuture", "askElsewhere"],
  chaser: [],
};

/** True when the letter, with these options, asks the feedback questions. */
export function asksQuestions(type: LetterType, draft: Pick<LetterDraft, "includeFeedback">): boolean {
  return type === "feedback-request" || type === "phone-script" || (type === "thank-you" && draft.includeFeedback);
}

/** True when the letter, with these options, can ask about similar vacancies elsewhere. */
export function offersElsewhere(type: LetterType, draft: Pick<LetterDraft, "includeFuture">): boolean {
  return (
    type === "keep-me-in-mind" ||
    ((type === "feedback-request" || type === "thank-you" || type === "phone-script") && draft.includeFuture)
  );
}

/** True when an email would go out unsigned because the sender's name is empty. */
export function lacksSignature(type: LetterType, draft: Pick<LetterDraft, "senderName">): boolean {
  return LETTER_INFO[type].email && cleanField(draft.senderName) === "";
}

/** Runs of "!" (with any "?" or "." mixed in, as in "!!", "?!" or "!."). */
const EXCLAMATIONS = /[!！?？.]*[!！][!！?？.]*/gu;

/**
 * Ordinary words a phone keyboard capitalises at the start of the field. Words ending
 * in "-ing" ("Hearing", "Meeting") count too. Any other capitalised first word is kept
 * as typed, because it is most likely a name ("Priya's answer", "Leeds").
 */
const ORDINARY_STARTERS = new Set([
  ...["a", "an", "the", "this", "that", "these", "those", "your", "our", "their", "its", "my", "his", "her"],
  ...["how", "what", "when", "where", "why", "who", "which", "all", "everyone", "being", "learning", "seeing"],
  ...["team", "time", "chance", "opportunity", "tour", "conversation", "discussion", "questions", "question"],
  ...["meeting", "talk", "chat", "insight", "insights", "detail", "details", "honesty", "warmth", "feedback"],
  ...["panel", "interview", "way", "fact", "idea", "ideas", "great", "clear", "friendly", "open", "honest"],
]);

/**
 * Tidies the "one thing you valued" field so it runs on from "I valued …": phone
 * keyboards capitalise the first letter, and people add "!". The first letter is
 * lower-cased when the first word is an ordinary word (see ORDINARY_STARTERS) and
 * not a possessive; names, "I" and acronyms keep their capitals. Every run of "!"
 * becomes one full stop (or a question mark if it held one), so the field never adds
 * "!" and never ends in "..". Text with no letter or digit in it gives "".
 */
export function toValuedPhrase(value: string): string {
  let text = cleanField(value).replace(EXCLAMATIONS, (run) => (/[?？]/u.test(run) ? "?" : "."));
  // A doubled full stop anywhere becomes one (an ellipsis "..." stays), and leading
  // punctuation goes, since the field continues a sentence.
  text = text.replace(/(?<!\.)\.\.(?!\.)/gu, ".").replace(/^[.,;:?…\-–—\s]+/u, "");
  if (!/[\p{L}\p{N}]/u.test(text)) return "";
  const first = text.split(" ")[0] ?? "";
  const word = first.replace(/[^\p{L}'’]/gu, "");
  const ordinary =
    !/['’]s$/u.test(word) &&
    /^\p{Lu}\p{Ll}*$/u.test(word) &&
    (/ing$/u.test(word) || ORDINARY_STARTERS.has(word.toLowerCase()));
  return ordinary ? text.replace(/^\p{Lu}/u, (letter) => letter.toLowerCase()) : text;
}

const SLOT = /\{(\w+)\}(\.?)/g;

/**
 * Fills {slots} in one pass, so text a person typed is never read as a slot. A full
 * stop after a slot is dropped when the slot's text already ends a sentence.
 */
export function fill(template: string, slots: Readonly<Record<string, string>>): string {
  return template.replace(SLOT, (_whole, key: string, stop: string) => {
    const value = slots[key];
    if (value === undefined) throw new Error(`Unknown slot {${key}} in letter wording`);
    return stop ? endSentence(value) : value;
  });
}

interface Facts {
  text: Record<TextField, string>;
  /** "Tuesday 4 November", "[date of interview]" or "". */
  date: string;
  questions: QuestionId[];
}

function toFacts(draft: LetterDraft, gaps: boolean): Facts {
  const text = {} as Record<TextField, string>;
  for (const key of Object.keys(GAP_LABELS) as (keyof typeof GAP_LABELS)[]) {
    if (key === "interviewDate") continue;
    const value = key === "valued" ? toValuedPhrase(draft[key]) : cleanField(draft[key]);
    text[key] = value === "" && gaps ? `[${GAP_LABELS[key]}]` : value;
  }
  const parsed = parseIsoDate(draft.interviewDate);
  const date = parsed ? formatLongDate(parsed) : gaps ? `[${GAP_LABELS.interviewDate}]` : "";
  const questions = gaps ? [...QUESTION_IDS] : QUESTION_IDS.filter((id) => draft.questions.includes(id));
  return { text, date, questions };
}

function roleWithNoun(role: string): string {
  const last = role.split(" ").at(-1)?.toLowerCase() ?? "";
  return ROLE_NOUNS.includes(last) ? role : `${role} role`;
}

function slotsFor(draft: LetterDraft, facts: Facts, words: Wording): Record<string, string> {
  const { role, organisation } = facts.text;
  const position = role
    ? `the ${roleWithNoun(role)}${organisation ? ` at ${organisation}` : ""}`
    : organisation
      ? `the role at ${organisation}`
      : "the role";
  const about = role
    ? `${role} interview${organisation ? ` at ${organisation}` : ""}`
    : organisation
      ? `interview at ${organisation}`
      : "my recent interview";
  const { recipientName, recipientTitle } = facts.text;
  const recipient = recipientName
    ? recipientTitle
      ? `${recipientName}, the ${recipientTitle}`
      : recipientName
    : recipientTitle
      ? `the ${recipientTitle}`
      : words.phone.askForFallback[draft.audience];
  return {
    name: recipientName,
    position,
    onDate: facts.date ? ` on ${facts.date}` : "",
    employer: organisation || words.employerFallback[draft.audience],
    about,
    valued: facts.text.valued,
    questions: facts.questions.length === 1 ? words.questions[facts.questions[0]!] : "",
    recipient,
    senderName: facts.text.senderName,
    email: facts.text.senderEmail,
    phone: facts.text.senderPhone,
  };
}

function signature(draft: LetterDraft, facts: Facts, words: Wording): string {
  const signOff = facts.text.recipientName ? words.signOff.named : words.signOff.unnamed[draft.audience];
  return [signOff, facts.text.senderName, facts.text.senderEmail, facts.text.senderPhone].filter(Boolean).join("\n");
}

function greeting(draft: LetterDraft, facts: Facts, words: Wording, f: (t: string) => string): string {
  return facts.text.recipientName ? f(words.greeting.named) : words.greeting.unnamed[draft.audience];
}

/** Composes the letter of the given type from a draft. Never throws for any draft content. */
export function composeLetter(type: LetterType, draft: LetterDraft, options: ComposeOptions = {}): ComposedLetter {
  const gaps = options.gaps ?? false;
  const words = WORDING[draft.tone];
  const facts = toFacts(draft, gaps);
  const slots = slotsFor(draft, facts, words);
  const f = (template: string): string => fill(template, slots);
  const a = draft.audience;
  const valued = facts.text.valued ? f(words.valued) : "";
  // One question fits in a sentence; two or more read better as a short list, which
  // ends its paragraph, so the closing sentence then starts a new one.
  const list = facts.questions.length > 1;
  const questions =
    facts.questions.length === 0
      ? ""
      : list
        ? [words.questionsListIntro, ...facts.questions.map((id) => `- ${words.questionList[id]}`)].join("\n")
        : f(words.questionsIntro);
  const feedback = list
    ? paragraphs(sentences(f(words.feedbackAsk[a]), questions), f(words.feedbackEase))
    : sentences(f(words.feedbackAsk[a]), questions, f(words.feedbackEase));
  const future = (on: boolean) =>
    on ? sentences(f(words.future[a]), draft.askElsewhere ? f(words.elsewhere[a]) : "") : "";
  const open = greeting(draft, facts, words, f);
  const close = signature(draft, facts, words);

  switch (type) {
    case "feedback-request": {
      const subject = f(draft.includeThanks ? words.subject.thanksAndFeedback : words.subject.feedback);
      const first = sentences(f(words.outcomeHeard[a]), draft.includeThanks && f(words.thanks[a]), valued);
      return { subject, body: paragraphs(open, first, feedback, future(draft.includeFuture), close) };
    }
    case "thank-you": {
      const subject = f(draft.includeFeedback ? words.subject.thanksAndFeedback : words.subject.thanks);
      const first = sentences(f(words.thankYou.opening[a]), f(words.thankYou.body[a]), valued);
      const ask = draft.includeFeedback ? feedback : "";
      return { subject, body: paragraphs(open, first, ask, future(draft.includeFuture), close) };
    }
    case "keep-me-in-mind": {
      const k = words.keepInMind;
      const first = sentences(f(k.opening[a]), draft.includeThanks && f(k.thanks[a]), valued);
      const second = sentences(f(k.keen[a]), f(k.fallThrough[a]));
      const third = draft.askElsewhere ? f(words.elsewhere[a]) : "";
      return { subject: f(words.subject.keepInMind), body: paragraphs(open, first, second, third, close) };
    }
    case "chaser": {
      const c = words.chaser;
      return {
        subject: f(words.subject.chaser),
        body: paragraphs(open, f(c.opening[a]), sentences(f(c.body[a]), f(c.close)), close),
      };
    }
    case "phone-script": {
      const p = words.phone;
      const hello = facts.text.senderName ? f(p.helloNamed) : p.helloUnnamed;
      const opening = paragraphs(
        p.headings.opening,
        sentences(hello, f(p.context[a]), f(p.askFor)),
        sentences(p.thanksForCall[a], facts.text.valued && f(p.valued), p.askForFeedback[a]),
      );
      const asks =
        facts.questions.length > 0
          ? [p.askIntro, ...facts.questions.map((id) => `- ${p.questions[id]}`)].join("\n")
          : p.askGeneral;
      const more = [
        draft.includeFuture ? f(p.future[a]) : "",
        draft.includeFuture && draft.askElsewhere ? f(p.elsewhere[a]) : "",
      ];
      const ask = paragraphs(p.headings.ask, asks, ...more);
      const { senderEmail, senderPhone } = facts.text;
      const contact =
        senderEmail && senderPhone
          ? f(p.contactBoth)
          : senderEmail
            ? f(p.contactEmail)
            : senderPhone
              ? f(p.contactPhone)
              : "";
      const closing = paragraphs(p.headings.close, sentences(p.helpful, contact, p.goodbye));
      return { subject: null, body: paragraphs(opening, ask, closing) };
    }
  }
}

/** The whole message as plain text, subject line first for emails: what "Download" saves. */
export function toPlainText(letter: ComposedLetter): string {
  return letter.subject === null ? `${letter.body}\n` : `Subject: ${letter.subject}\n\n${letter.body}\n`;
}

/** Words in the body (the subject line is not counted). */
export const letterWordCount = (letter: ComposedLetter): number => countWords(letter.body);
