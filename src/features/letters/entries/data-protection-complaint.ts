/** "Complain to the organisation": the data protection complaint they must acknowledge. */
import type { LetterDefinition } from "../compose";
import { endSentence, paragraphs, sentences } from "../text";
import { describeComplaintDate } from "../../subject-access/letter-dates";
import { dueSentence, sarAbout, sarGreeting } from "../../subject-access/letter-words";
import type { Tone } from "../types";

const WORDS: Readonly<Record<Tone, { opening: string; problem: string; ask: string; hope: string }>> = {
  formal: {
    opening:
      "I am making a data protection complaint about how you have handled my subject access request for my personal data from my application for {position}, including my interview{onDate}.",
    problem: "I have not received a complete response within the time limit.",
    ask: "Please acknowledge this complaint, which the law asks you to do within 30 days of receiving it, and tell me the outcome.",
    hope: "I would like to resolve this with you directly before taking it to the Information Commissioner's Office.",
  },
  warm: {
    opening:
      "I'd like to make a data protection complaint about how my subject access request has been handled. It was for my personal data from my application for {position}, including my interview{onDate}.",
    problem: "I haven't had a complete response within the time limit.",
    ask: "Please could you acknowledge this complaint (the law asks for that within 30 days of receiving it) and let me know the outcome?",
    hope: "I'd much rather sort this out with you than take it to the Information Commissioner's Office.",
  },
};

export const letter: LetterDefinition = {
  type: "data-protection-complaint",
  title: "Complain to the organisation",
  summary: "A calm complaint to the organisation when your subject access request was ignored or left things out.",
  when: "Send it after your follow-up has had no answer, or when the answer leaves out records you asked for. Keep a copy: the ICO will ask for it.",
  description:
    "Write a calm data protection complaint to an employer about a subject access request, and see the date they must acknowledge it by.",
  advice: { slug: "get-your-interview-notes", section: "if-nothing-comes" },
  plan: { hash: "first-week", label: "the first-week steps in your plan" },
  searchTerms: ["data protection complaint", "complain about subject access request", "SAR ignored"],
  email: true,
  timing: null,
  chooseAudience: false,
  dateQuestion: {
    field: "complaintDate",
    label: "When are you sending the complaint?",
    hint: "Usually today.",
    describe: (dateIso) => describeComplaintDate(dateIso),
    reminder: {
      summary: "Complaint acknowledgement overdue",
      description: "If they have not acknowledged your complaint, you can take it to the ICO:",
      path: "/letters/ico-complaint/",
      fileName: "complaint-reminder",
    },
  },
  options: ["toDpo"],
  fields: ["candidateRef", "complaintPoint"],
  wording: WORDS,
  asksQuestions: () => false,
  offersElsewhere: () => false,
  compose(context) {
    const { tone, f, facts, signature } = context;
    const w = WORDS[tone];
    const point = facts.text.complaintPoint ? endSentence(facts.text.complaintPoint) : "";
    const ref = facts.text.candidateRef ? `My candidate reference is ${facts.text.candidateRef}.` : "";
    return {
      subject: `Data protection complaint: ${sarAbout(context)}`,
      body: paragraphs(
        sarGreeting(context),
        sentences(f(w.opening), ref),
        sentences(dueSentence(context, true), w.problem, point),
        sentences(w.ask, w.hope),
        signature,
      ),
    };
  },
};
