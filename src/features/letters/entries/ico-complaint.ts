/** "Complain to the ICO": words for the ICO's online complaint form. */
import { fill, type LetterDefinition } from "../compose";
import { endSentence, paragraphs, sentences } from "../text";
import { formatLongDate, parseIsoDate } from "../timing";
import { describeLastContactDate } from "../../subject-access/letter-dates";
import { dueSentence } from "../../subject-access/letter-words";
import type { Tone } from "../types";

const WORDS: Readonly<Record<Tone, { opening: string; complained: string; evidence: string; ask: string }>> = {
  formal: {
    opening:
      "I am complaining about how {employer} has handled my subject access request for my personal data from my application for {position}, including my interview{onDate}.",
    complained: "I complained to {employer} directly{on}, and the matter has not been resolved.",
    evidence: "I have kept copies of my request, my follow-up, my complaint and any replies, and can send them.",
    ask: "I would be grateful if you could look into this.",
  },
  warm: {
    opening:
      "I'm complaining about how {employer} has handled my subject access request. It was for my personal data from my application for {position}, including my interview{onDate}.",
    complained: "I complained to {employer} directly{on}, and it still hasn't been resolved.",
    evidence: "I have copies of my request, my follow-up, my complaint and any replies, and can send them.",
    ask: "I'd be grateful if you could look into it.",
  },
};

export const letter: LetterDefinition = {
  type: "ico-complaint",
  title: "Complain to the ICO",
  summary:
    "What to write in the Information Commissioner's Office's online complaint form, once the organisation has had its chance.",
  when: "Use it once you have complained to the organisation and it has not put things right. Paste it into the ICO's online form at ico.org.uk/make-a-complaint, or call the ICO's helpline on 0303 123 1113.",
  description:
    "Words for a complaint to the Information Commissioner's Office about an unanswered subject access request, and the date to complain by.",
  advice: { slug: "get-your-interview-notes", section: "if-nothing-comes" },
  plan: { hash: "first-week", label: "the first-week steps in your plan" },
  searchTerms: ["ICO complaint", "Information Commissioner's Office", "report employer data protection"],
  email: true,
  timing: null,
  chooseAudience: false,
  dateQuestion: {
    field: "lastContactDate",
    label: "When was your last contact with the organisation?",
    hint: "The day you sent your complaint, or the day of their last reply.",
    describe: (dateIso) => describeLastContactDate(dateIso),
    reminder: {
      summary: "Last day to complain to the ICO",
      description: "The ICO asks for complaints within three months of your last contact with the organisation:",
      path: "/letters/ico-complaint/",
      fileName: "ico-complaint-reminder",
    },
  },
  options: [],
  fields: ["candidateRef", "complaintPoint"],
  wording: WORDS,
  asksQuestions: () => false,
  offersElsewhere: () => false,
  compose(context) {
    const { tone, facts, signature, draft, slots } = context;
    const w = WORDS[tone];
    const complainedOn = parseIsoDate(draft.complaintDate);
    // The form is read by the ICO, so the organisation is never "your organisation".
    const f = (template: string): string =>
      fill(template, {
        ...slots,
        employer: facts.text.organisation || "the organisation",
        on: complainedOn ? ` on ${formatLongDate(complainedOn, true)}` : "",
      });
    const point = facts.text.complaintPoint ? endSentence(facts.text.complaintPoint) : "";
    const ref = facts.text.candidateRef ? `My candidate reference was ${facts.text.candidateRef}.` : "";
    // The ICO's form is read by a stranger: "they received it", not "you received it".
    const due = dueSentence(context, true).replace(/^You received it/, "They received it");
    return {
      subject: `Complaint about a subject access request: ${facts.text.organisation || "a former prospective employer"}`,
      // No greeting in a form, unless they are writing to a case officer by name.
      body: paragraphs(
        facts.text.recipientName ? f("Dear {name},") : "",
        sentences(f(w.opening), ref),
        sentences(due, point),
        sentences(f(w.complained), w.evidence, w.ask),
        signature,
      ),
    };
  },
};
