/**
 * The engine every letter shares: it turns a draft into facts and slots, fills the
 * sentences and hands a letter's definition (entries/<letter>.ts) what it needs to
 * assemble itself. It knows no particular letter, so a letter page's script loads
 * this plus only its own entry.
 */
import { toAddressName } from "./salutation";
import { cleanField, countWords, endSentence, toJobReference } from "./text";
import { formatLongDate, parseIsoDate, type Nation, type TimingNote } from "./timing";
import type {
  Audience,
  ComposedLetter,
  DateField,
  FlagField,
  LetterDraft,
  LetterType,
  QuestionId,
  RecordId,
  TextField,
  Tone,
} from "./types";
import { QUESTION_IDS, RECORD_IDS } from "./types";
import { GAP_LABELS, NAME_PROMPTS, ROLE_NOUNS, SHARED, type SharedWording } from "./wording";
import type { PlanGroupId } from "../plan/plan-schema";

export interface ComposeOptions {
  /**
   * Show empty fields as [bracketed gaps] to fill in by hand (the template shown
   * without JavaScript). Off by default: then nothing bracketed is ever added.
   */
  gaps?: boolean;
  /**
   * The live preview: an empty recipient name shows as a gap asking for it
   * (NAME_PROMPTS) instead of the neutral greeting that is copied and sent.
   */
  namePrompt?: boolean;
}

/**
 * The optional form parts a letter can show beyond the common fields: "one thing you
 * valued", the recipient's job title (phone), a new vacancy (keep me in mind), the
 * point from their feedback and a follow-up question (reply to feedback), and the
 * feedback questions (shown only while `asksQuestions` is true), and what the chaser
 * follows up.
 */
export type OptionalPart =
  | "valued"
  | "recipientTitle"
  | "newVacancy"
  | "feedbackPoint"
  | "followUp"
  | "questions"
  | "chasing"
  | "records"
  | "otherDates"
  | "candidateRef"
  | "complaintPoint";

/**
 * A letter's own date question, for letters whose date is not the day they heard or
 * the day a feedback request went out (the subject access letters): which date field
 * it asks for, how the answer is described, and the calendar reminder it offers.
 */
export interface DateQuestion {
  field: DateField;
  label: string;
  hint: string;
  /** The advice for the chosen date, and the day to remind (null: no reminder). */
  describe(dateIso: string, todayIso: string, nation: Nation): TimingNote | null;
  reminder: { summary: string; description: string; path: string; fileName: string };
}

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
  plan: { hash: PlanGroupId; label: string };
  /** Words readers type when looking for this letter (search). */
  searchTerms: readonly string[];
  /** True for the messages sent by email (subject line, mail app). */
  email: boolean;
  /**
   * The date the "When to send it" helper asks for: the day they heard (thanks and a
   * feedback request), the day the request went out (the chaser), or none.
   */
  timing: "heard" | "requested" | null;
  /** Its own date question instead (see DateQuestion); `timing` is then null. */
  dateQuestion?: DateQuestion;
  /** False for letters whose greeting does not depend on who reads it: no "Who it is to" choice. */
  chooseAudience?: boolean;
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
  /** The records a subject access request asks for, in list order. */
  records: RecordId[];
}

function toFacts(draft: LetterDraft, gaps: boolean): Facts {
  const text = {} as Record<TextField, string>;
  for (const key of Object.keys(GAP_LABELS) as (keyof typeof GAP_LABELS)[]) {
    if (key === "interviewDate") continue;
    const value =
      key === "valued"
        ? toValuedPhrase(draft[key])
        : key === "jobReference"
          ? toJobReference(draft[key])
          : cleanField(draft[key]);
    // Most jobs have no reference number, so the template does not ask for one.
    text[key] = value === "" && gaps && key !== "jobReference" ? `[${GAP_LABELS[key]}]` : value;
  }
  const parsed = parseIsoDate(draft.interviewDate);
  const date = parsed ? formatLongDate(parsed) : gaps ? `[${GAP_LABELS.interviewDate}]` : "";
  const questions = gaps ? [...QUESTION_IDS] : QUESTION_IDS.filter((id) => draft.questions.includes(id));
  const records = gaps ? [...RECORD_IDS] : RECORD_IDS.filter((id) => draft.records.includes(id));
  return { text, date, questions, records };
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
  // A subject always starts with our own words, so typed text ("Re: …") never leads it.
  // An employer knows its own name, so the organisation is added only where the role
  // alone may not say which job: to an agency, which recruits for many, or with no role.
  // A reference number says it exactly, so it replaces the organisation.
  const ref = facts.text.jobReference ? ` (ref ${facts.text.jobReference})` : "";
  const at = organisation && (draft.audience === "agency" || !role) ? ` at ${organisation}` : "";
  const about = role
    ? `Interview for ${role}${ref || at}`
    : organisation || ref
      ? `Interview${at}${ref}`
      : "My recent interview";
  const { recipientName, recipientTitle } = facts.text;
  const recipient = recipientName
    ? recipientTitle
      ? `${recipientName}, the ${recipientTitle}`
      : recipientName
    : recipientTitle
      ? `the ${recipientTitle}`
      : words.recipientFallback[draft.audience];
  return {
    name: toAddressName(recipientName, draft.tone),
    position,
    ref,
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
  /** True when empty fields show as [bracketed gaps] (the template without JavaScript). */
  gaps: boolean;
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
  // A gap (template) or the typed name with no word in it ("Dr" alone, ".") is no name to greet.
  const named = slots["name"] !== "" && !(options.gaps && cleanField(draft.recipientName) === "");
  const prompt = (options.gaps || options.namePrompt) && !named;
  const signOff = named ? words.signOff.named : words.signOff.unnamed[a];
  return letter.compose({
    gaps: options.gaps ?? false,
    draft,
    tone: draft.tone,
    a,
    facts,
    slots,
    f,
    greeting: named
      ? f(words.greeting.named)
      : prompt
        ? fill(words.greeting.named, { name: NAME_PROMPTS[a] })
        : words.greeting.unnamed[a],
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
