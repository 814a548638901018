/** "Phone the employer": the registry entry and the script's own sentences. */
import type { LetterDefinition } from "../compose";
import { paragraphs, sentences } from "../text";
import { byAudience, QUESTION_LIST, sendRule, type ByAudience } from "../wording";
import type { QuestionId, Tone } from "../types";

interface Words {
  headings: { opening: string; ask: string; close: string };
  helloNamed: string;
  helloUnnamed: string;
  context: ByAudience;
  askFor: string;
  /** Once through to the right person. Only the interviewer is thanked for the interview. */
  thanksForCall: ByAudience;
  valued: string;
  askForFeedback: ByAudience;
  askIntro: string;
  askGeneral: string;
  questions: Readonly<Record<QuestionId, string>>;
  future: ByAudience;
  elsewhere: ByAudience;
  helpful: string;
  /** Said only if they ask, so written as a stage direction in brackets. */
  contactBoth: string;
  contactEmail: string;
  contactPhone: string;
  goodbye: string;
}

const HEADINGS = { opening: "Opening", ask: "What to ask", close: "Closing" };

const WORDS: Readonly<Record<Tone, Words>> = {
  formal: {
    headings: HEADINGS,
    helloNamed: "Hello, my name is {senderName}.",
    helloUnnamed: "Hello.",
    context: byAudience("I was interviewed for {position}{onDate} and have since heard the outcome.", {
      agency: "You put me forward for {position}, and I have heard the outcome of the interview.",
    }),
    askFor: "Could I speak to {recipient}, please?",
    thanksForCall: byAudience("Thank you for taking my call.", {
      "hiring-manager": "Thank you for taking my call, and for interviewing me.",
    }),
    valued: "I enjoyed the interview, particularly {valued}.",
    askForFeedback: {
      "hiring-manager": "I wondered whether you could spare a few minutes to share some feedback.",
      "hr-team": "I wanted to ask whether the panel could share any feedback on my interview.",
      agency: "I wanted to ask whether your client shared any feedback on my interview.",
    },
    askIntro: "I would find any feedback useful. In particular:",
    askGeneral: "Is there any feedback you can share on my interview?",
    questions: QUESTION_LIST,
    future: byAudience(
      "If the appointment does not work out, or a similar role comes up, I would be glad to be considered. Would you keep my details on file?",
      { agency: "Please keep me in mind for similar roles, whether with {employer} or with other clients." },
    ),
    elsewhere: byAudience("Do you know of any similar vacancies elsewhere?", {
      agency: "Are you recruiting for any similar roles at the moment?",
    }),
    helpful: "That is really helpful.",
    contactBoth: "(If they ask: my email address is {email}, and my phone number is {phone}.)",
    contactEmail: "(If they ask: my email address is {email}.)",
    contactPhone: "(If they ask: my phone number is {phone}.)",
    goodbye: "Thank you for your time. Goodbye.",
  },
  warm: {
    headings: HEADINGS,
    helloNamed: "Hello, this is {senderName}.",
    helloUnnamed: "Hello.",
    context: byAudience("I had an interview for {position}{onDate}, and I've heard how it went.", {
      agency: "You put me forward for {position}, and I've heard how the interview went.",
    }),
    askFor: "Could I speak to {recipient}, please?",
    thanksForCall: byAudience("Thanks for taking my call.", {
      "hiring-manager": "Thanks for taking my call, and for interviewing me.",
    }),
    valued: "I really enjoyed the interview, especially {valued}.",
    askForFeedback: {
      "hiring-manager": "Have you got a few minutes to tell me how it went from your side?",
      "hr-team": "I wanted to ask whether the panel could share any feedback on my interview.",
      agency: "I wanted to ask whether your client passed on any feedback about my interview.",
    },
    askIntro: "Anything you can tell me would help. In particular:",
    askGeneral: "Is there anything you'd suggest I work on?",
    questions: QUESTION_LIST,
    future: byAudience(
      "If the appointment doesn't work out, or something similar comes up, I'd love to be considered. Could you keep my details?",
      { agency: "Please do keep me in mind for similar roles, with {employer} or anyone else." },
    ),
    elsewhere: byAudience("Do you know of anything similar elsewhere?", {
      agency: "Are you working on anything similar at the moment?",
    }),
    helpful: "That's really helpful.",
    contactBoth: "(If they ask: my email is {email}, and my number is {phone}.)",
    contactEmail: "(If they ask: my email is {email}.)",
    contactPhone: "(If they ask: my number is {phone}.)",
    goodbye: "Thanks so much for your time. Bye.",
  },
};

export const letter: LetterDefinition = {
  type: "phone-script",
  title: "Phone the employer",
  summary: "A short script for a call: how to open, what to ask and how to close.",
  get when() {
    return `Call ${sendRule()}`;
  },
  description: "A short script for phoning an employer after a rejection: how to open, what to ask and how to finish.",
  advice: { slug: "asking-for-feedback" },
  plan: { hash: "first-days", label: "the first steps in your plan" },
  searchTerms: ["phone script", "call the employer", "ring for feedback", "phone call"],
  email: false,
  timing: "heard",
  options: ["includeFuture", "askElsewhere"],
  fields: { valued: true, recipientTitle: true, newVacancy: false, questions: true },
  wording: WORDS,
  asksQuestions: () => true,
  offersElsewhere: (draft) => draft.includeFuture,
  compose({ draft, tone, a, f, facts }) {
    const p = WORDS[tone];
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
  },
};
