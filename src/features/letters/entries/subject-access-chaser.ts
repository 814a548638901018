/** "Chase your interview notes": a short follow-up once the month has passed. */
import type { LetterDefinition } from "../compose";
import { paragraphs, sentences } from "../text";
import { describeChaseDate } from "../../subject-access/letter-dates";
import { dueSentence, sarAbout, sarGreeting } from "../../subject-access/letter-words";
import type { Tone } from "../types";

const WORDS: Readonly<Record<Tone, { opening: string; nothing: string; ask: string; close: string }>> = {
  formal: {
    opening:
      "I am writing about the subject access request I sent you for my personal data from my application for {position} and my interview{onDate}.",
    nothing: "I have not yet received a response.",
    ask: "Please could you send the information, or tell me when I will receive it? If something is holding it up, I am happy to help.",
    close: "Thank you.",
  },
  warm: {
    opening:
      "I'm following up the subject access request I sent about my application for {position} and my interview{onDate}.",
    nothing: "I haven't had a reply yet.",
    ask: "Could you send the information, or let me know when it will come? If anything is holding it up, I'm happy to help.",
    close: "Thanks very much.",
  },
};

export const letter: LetterDefinition = {
  type: "subject-access-chaser",
  title: "Chase your interview notes",
  summary: "A short, polite follow-up when the month for a subject access request has passed.",
  when: "Send it the day after the answer was due, as a reply in the same email thread as your request.",
  description: "A polite follow-up for a subject access request that has had no answer by its due date.",
  advice: { slug: "get-your-interview-notes", section: "if-nothing-comes" },
  plan: { hash: "first-week", label: "the first-week steps in your plan" },
  searchTerms: ["chase subject access request", "SAR no reply", "subject access overdue"],
  email: true,
  timing: null,
  chooseAudience: false,
  dateQuestion: {
    field: "sarReceivedDate",
    label: "When did they receive your request?",
    hint: "An email arrives the day you send it.",
    describe: describeChaseDate,
    reminder: {
      summary: "Chase your subject access request",
      description: "If nothing has come, send one polite follow-up today:",
      path: "/letters/subject-access-chaser/",
      fileName: "subject-access-chase",
    },
  },
  options: ["toDpo"],
  fields: ["candidateRef"],
  wording: WORDS,
  asksQuestions: () => false,
  offersElsewhere: () => false,
  compose(context) {
    const { tone, f, facts, signature } = context;
    const w = WORDS[tone];
    const ref = facts.text.candidateRef ? `My candidate reference is ${facts.text.candidateRef}.` : "";
    return {
      // The same subject as the request it follows up, so the two are read together.
      subject: `Subject access request: ${sarAbout(context)}`,
      body: paragraphs(
        sarGreeting(context),
        sentences(f(w.opening), dueSentence(context, true), ref),
        sentences(w.nothing, w.ask),
        w.close,
        signature,
      ),
    };
  },
};
