/**
 * The engine every letter shares: it turns a draft into facts and slots, fills the
 * sentences and hands a letter's definition (entries/<letter>.ts) what it needs to
 * assemble itself. It knows no particular letter, so a letter page's script loads
 * this plus only its own entry.
 */
import { cleanField, countWords, endSentence } from "./text";
import { formatLongDate, parseIsoDate } from "./timing";
import type {
  Audience,
  ComposedLetter,
  FlagField,
  LetterDraft,
  LetterType,
  QuestionId,
  TextField,
  Tone,
} from "./types";
import { QUESTION_IDS } from "./types";
import { GAP_LABELS, ROLE_NOUNS, SHARED, type SharedWording } from "./wording";

export interface ComposeOptions {
  /**
   * Show empty fields as [bracketed gaps] to fill in by hand (the template shown
   * without JavaScript). Off by default: then nothing bracketed is ever added.
   */
  gaps?: boolean;
}

/**
 * The optional form parts a letter can show beyond the common fields: "one thing you
 * valued", the recipient's job title (phone), a new vacancy (keep me in mind), the
 * point from their feedback and a follow-up question (reply to feedback), and the
 * feedback questions (shown only while `asksQuestions` is true).
 */
export type OptionalPart = "valued" | "recipientTitle" | "newVacancy" | "feedbackPoint" | "followUp" | "questions";

/** Everything about one letter: what its page says, what its form offers and how it is written. */
export interface LetterDefinition {
  type: LetterType;
  /** Page heading and link text. */
  title: string;
  /** One line for the chooser on /letters/. */
  summary: string;
  /** When to send it: on the letter's page and in the chooser. */
  when: string;
  /** The page's meta description. */
  description: string;
  /** Related advice: the article's slug (its title is read from the article) and a section id. */
  advice: { slug: string; section?: string };
  /** Where this letter sits in the recovery plan; `label` completes "Sending this is one of …". */
  plan: { hash: "first-days" | "first-week" | "next-interview"; label: string };
  /** Words readers type when looking for this letter (search). */
  searchTerms: readonly string[];
  /** True for the messages sent by email (subject line, mail app). */
  email: boolean;
  /**
   * The date the "When to send it" helper asks for: the day they heard (thanks and a
   * feedback request), the day the request went out (the chaser), or none.
   */
  timing: "heard" | "requested" | null;
  /** Which "What to include" options it offers; anything not listed is ignored. */
  options: readonly FlagField[];
  fields: readonly OptionalPart[];
  /** The letter's own sentences by tone (what `compose` reads; listed here so tests can check every word). */
  wording: unknown;
  /** True when the letter, with these options, asks the feedback questions. */
  asksQuestions(draft: LetterDraft): boolean;
  /** True when the letter, with these options, can ask about similar vacancies elsewhere. */
  offersElsewhere(draft: LetterDraft): boolean;
  /** Assembles the letter from the shared context. */
  compose(context: LetterContext): ComposedLetter;
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
 * Fills {slots} in one pass, so text a person typed is never read as a slot. The
 * replacement is a function, so "$&" or "$$" in typed text is inserted literally (a
 * replacement string would read them as patterns). A full stop after a slot is
 * dropped when the slot's text already ends a sentence.
 */
export function fill(template: string, slots: Readonly<Record<string, string>>): string {
  return template.replace(SLOT, (_whole, key: string, stop: string) => {
    const value = slots[key];
    if (value === undefined) throw new Error(`Unknown slot {${key}} in letter wording`);
    return stop ? endSentence(value) : value;
  });
}

export interface Facts {
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

/** Ends typed text as a question: "" stays "", "Why" becomes "Why?", "Why?" is kept. */
export function toQuestion(text: string): string {
  if (text === "" || /[?？]["'”’)]*$/u.test(text)) return text;
  return `${text.replace(/[.!！…。]+$/u, "")}?`;
}

function roleWithNoun(role: string): string {
  const last = role.split(" ").at(-1)?.toLowerCase() ?? "";
  return ROLE_NOUNS.includes(last) ? role : `${role} role`;
}

function slotsFor(draft: LetterDraft, facts: Facts, words: SharedWording): Record<string, string> {
  const { role, organisation } = facts.text;
  const position = role
    ? `the ${roleWithNoun(role)}${organisation ? ` at ${organisation}` : ""}`
    : organisation
      ? `the role at ${organisation}`
      : "the role";
  // Subject lines are kept short (70 characters with realistic fields), so "interview"
  // is left out when both the role and the organisation say what it is about.
  const about = role
    ? organisation
      ? `${role} at ${organisation}`
      : `${role} interview`
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
      : words.recipientFallback[draft.audience];
  return {
    name: recipientName,
    position,
    onDate: facts.date ? ` on ${facts.date}` : "",
    employer: organisation || words.employerFallback[draft.audience],
    about,
    valued: facts.text.valued,
    recipient,
    senderName: facts.text.senderName,
    email: facts.text.senderEmail,
    phone: facts.text.senderPhone,
    vacancy: facts.text.newVacancy ? `the ${roleWithNoun(facts.text.newVacancy)}` : "",
    point: facts.text.feedbackPoint,
    followUp: toQuestion(facts.text.followUp),
  };
}

/** What a letter's `compose` receives: the tidied facts, the filled slots and the shared parts. */
export interface LetterContext {
  draft: LetterDraft;
  tone: Tone;
  /** The audience, for picking a ByAudience sentence. */
  a: Audience;
  facts: Facts;
  slots: Readonly<Record<string, string>>;
  /** Fills a template's slots from this draft. */
  f: (template: string) => string;
  greeting: string;
  signature: string;
}

/** Composes a letter from its definition. Never throws for any draft content. */
export function composeWith(
  letter: LetterDefinition,
  draft: LetterDraft,
  options: ComposeOptions = {},
): ComposedLetter {
  const words = SHARED[draft.tone];
  const facts = toFacts(draft, options.gaps ?? false);
  const slots = slotsFor(draft, facts, words);
  const f = (template: string): string => fill(template, slots);
  const a = draft.audience;
  const signOff = facts.text.recipientName ? words.signOff.named : words.signOff.unnamed[a];
  return letter.compose({
    draft,
    tone: draft.tone,
    a,
    facts,
    slots,
    f,
    greeting: facts.text.recipientName ? f(words.greeting.named) : words.greeting.unnamed[a],
    signature: [signOff, facts.text.senderName, facts.text.senderEmail, facts.text.senderPhone]
      .filter(Boolean)
      .join("\n"),
  });
}

/**
 * How many separate things the email asks of its reader (questions, future roles,
 * vacancies elsewhere). Above two, the builder suggests trimming: shorter emails tend
 * to get more replies.
 */
export function requestCount(letter: LetterDefinition, draft: LetterDraft): number {
  const questions = letter.asksQuestions(draft) ? draft.questions.length : 0;
  const future = letter.options.includes("includeFuture") && draft.includeFuture ? 1 : 0;
  const elsewhere = letter.options.includes("askElsewhere") && letter.offersElsewhere(draft) && draft.askElsewhere;
  return questions + future + (elsewhere ? 1 : 0);
}

/** True when an email would go out unsigned because the sender's name is empty. */
export function lacksSignature(
  letter: Pick<LetterDefinition, "email">,
  draft: Pick<LetterDraft, "senderName">,
): boolean {
  return letter.email && cleanField(draft.senderName) === "";
}

/** The whole message as plain text, subject line first for emails: what "Download" saves. */
export function toPlainText(letter: ComposedLetter): string {
  return letter.subject === null ? `${letter.body}\n` : `Subject: ${letter.subject}\n\n${letter.body}\n`;
}

/** Words in the body (the subject line is not counted). */
export const letterWordCount = (letter: ComposedLetter): number => countWords(letter.body);
