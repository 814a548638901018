/** "Ask for your interview notes": a subject access request, and the sentences only it uses. */
import type { LetterDefinition } from "../compose";
import { paragraphs, sentences } from "../text";
import { describeRequestDate } from "../../subject-access/letter-dates";
import { identifyingSentences, RECORD_WORDS, sarAbout, sarGreeting } from "../../subject-access/letter-words";
import type { Tone } from "../types";

const WORDS: Readonly<
  Record<
    Tone,
    {
      opening: string;
      listIntro: string;
      electronic: string;
      limit: string;
      help: string;
      close: string;
    }
  >
> = {
  formal: {
    opening:
      "I am making a subject access request under Article 15 of the UK GDPR for a copy of the personal data you hold about me in connection with my application for {position}, including my interview{onDate}.",
    listIntro: "In particular, please include:",
    electronic: "Please send the information to me electronically, by email.",
    limit: "I understand that you have one month from receiving this request to respond.",
    help: "If you need anything from me to find the information, please let me know.",
    close: "Thank you for your help.",
  },
  warm: {
    opening:
      "I would like a copy of the personal data you hold about me from my application for {position}, including my interview{onDate}. This is a subject access request under Article 15 of the UK GDPR.",
    listIntro: "In particular, I would like:",
    electronic: "An electronic copy by email would be ideal.",
    limit: "I understand you have a month from receiving this to reply.",
    help: "If anything would help you find it, just let me know.",
    close: "Many thanks.",
  },
};

export const letter: LetterDefinition = {
  type: "subject-access-request",
  title: "Ask for your interview notes",
  summary:
    "A subject access request for what the panel wrote about you: notes, scores and the reason for the decision.",
  when: "Send it when a polite feedback request has got nowhere, or whenever you want to see what was recorded. It is free, and a plain email is enough.",
  description:
    "Write a polite subject access request for your interview notes, scores and the reason recorded for the decision, with the date the organisation must answer by.",
  advice: { slug: "get-your-interview-notes" },
  plan: { hash: "first-week", label: "the first-week steps in your plan" },
  searchTerms: [
    "subject access request",
    "SAR",
    "interview notes",
    "my scores",
    "why was I rejected",
    "data protection",
  ],
  email: true,
  timing: null,
  chooseAudience: false,
  dateQuestion: {
    field: "sarReceivedDate",
    label: "When will they receive it?",
    hint: "An email arrives the day you send it, so this is usually the day you send it.",
    describe: describeRequestDate,
    reminder: {
      summary: "Subject access answer due",
      description: "If nothing has come, send one polite follow-up:",
      path: "/letters/subject-access-chaser/",
      fileName: "subject-access-reminder",
    },
  },
  options: ["toDpo", "electronicCopy"],
  fields: ["otherDates", "candidateRef", "records"],
  wording: WORDS,
  asksQuestions: () => false,
  offersElsewhere: () => false,
  compose(context) {
    const { draft, tone, f, facts, signature } = context;
    const w = WORDS[tone];
    const list =
      facts.records.length === 0 ? "" : [w.listIntro, ...facts.records.map((id) => `- ${RECORD_WORDS[id]}`)].join("\n");
    return {
      subject: `Subject access request: ${sarAbout(context)}`,
      body: paragraphs(
        sarGreeting(context),
        sentences(f(w.opening), ...identifyingSentences(context, tone)),
        list,
        sentences(draft.electronicCopy && w.electronic, w.limit, w.help),
        w.close,
        signature,
      ),
    };
  },
};
