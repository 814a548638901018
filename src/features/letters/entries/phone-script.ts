/**
 * "Phone the employer": the registry entry and the script's own sentences. A real call
 * first reaches whoever answers (switchboard or reception), then the interviewer, who
 * needs reminding who is calling; and it may not go to plan, so there are short
 * branches for a bad moment, voicemail and a refusal. Spoken English, so contractions
 * in both tones.
 */
import type { LetterDefinition } from "../compose";
import { paragraphs, sentences } from "../text";
import { byAudience, QUESTION_LIST, SEND_RULE, type ByAudience } from "../wording";
import type { Tone } from "../types";

interface Words {
  headings: {
    answer: string;
    through: string;
    ask: string;
    close: string;
    busy: string;
    voicemail: string;
    refusal: string;
  };
  /** To whoever answers. */
  helloNamed: string;
  helloUnnamed: string;
  calling: ByAudience;
  askFor: string;
  /** To the right person: who is calling and why, since they may not remember. */
  reintroduce: ByAudience;
  reintroduceUnnamed: ByAudience;
  thanksForCall: string;
  valued: string;
  askForFeedback: ByAudience;
  askIntro: string;
  askGeneral: string;
  future: ByAudience;
  elsewhere: ByAudience;
  helpful: string;
  /** Said only if they ask, so written as a stage direction in brackets. */
  contactBoth: string;
  contactEmail: string;
  contactPhone: string;
  goodbye: string;
  busy: string;
  /** About 20 seconds spoken. */
  voicemail: ByAudience;
  voicemailHello: string;
  voicemailNumber: string;
  voicemailEnd: string;
  refusal: string;
}

const HEADINGS = {
  answer: "If someone else answers",
  through: "When you're put through",
  ask: "What to ask",
  close: "Closing",
  busy: "If it's not a good time",
  voicemail: "If you get voicemail (about 20 seconds)",
  refusal: "If they say no",
};

const WORDS: Readonly<Record<Tone, Words>> = {
  formal: {
    headings: HEADINGS,
    helloNamed: "Hello, my name's {senderName}.",
    helloUnnamed: "Hello.",
    calling: byAudience("I'm calling about my interview for {position}{ref}{onDate}.", {
      agency: "I'm calling about {position}{ref}, which your agency put me forward for.",
    }),
    askFor: "Could I speak to {recipient}, please?",
    reintroduce: byAudience("Hello, it's {senderName}. I was interviewed for {position}{onDate}.", {
      agency: "Hello, it's {senderName}. You put me forward for {position}.",
    }),
    reintroduceUnnamed: byAudience("Hello. I was interviewed for {position}{onDate}.", {
      agency: "Hello. You put me forward for {position}.",
    }),
    thanksForCall: "Thank you for taking my call. I've heard the outcome.",
    valued: "I enjoyed the interview, particularly {valued}.",
    askForFeedback: {
      "hiring-manager": "Could you spare a few minutes to share some feedback?",
      "panel-chair": "Could you spare a few minutes to share the panel's feedback?",
      "hr-team": "I wondered whether the panel could share any feedback on my interview.",
      agency: "I wondered whether your client shared any feedback on my interview.",
    },
    askIntro: "I'd find any feedback useful. In particular:",
    askGeneral: "Is there any feedback you can share on my interview?",
    future: byAudience(
      "Should anything change with this post, or a similar role come up, I'd be glad to be considered. Would you keep my details on file?",
      { agency: "Please keep me in mind for similar roles, whether with {employer} or with other clients." },
    ),
    elsewhere: byAudience("Do you know of any similar vacancies elsewhere?", {
      agency: "Are you recruiting for anything comparable at the moment?",
    }),
    helpful: "That's very helpful, thank you.",
    contactBoth: "(If they ask: my email address is {email}, and my phone number is {phone}.)",
    contactEmail: "(If they ask: my email address is {email}.)",
    contactPhone: "(If they ask: my phone number is {phone}.)",
    goodbye: "Goodbye.",
    busy: "Of course. Could I email you instead? What's the best address to use?",
    voicemailHello: "Hello, this is {senderName}.",
    voicemail: byAudience(
      "I was interviewed for {position}{onDate}, and I'd be grateful for a few minutes of feedback when you have time.",
      {
        agency:
          "You put me forward for {position}, and I'd be grateful for any feedback from the interview when you have time.",
      },
    ),
    voicemailNumber: "My number is {phone}.",
    voicemailEnd: "I'll also send a short email. Thank you.",
    refusal: "I understand, thank you anyway. Goodbye.",
  },
  warm: {
    headings: HEADINGS,
    helloNamed: "Hi, I'm {senderName}.",
    helloUnnamed: "Hi there.",
    calling: byAudience("I'm calling about my interview for {position}{ref}{onDate}.", {
      agency: "I'm calling about {position}{ref}, which you put me forward for.",
    }),
    askFor: "Could I speak to {recipient}, please?",
    reintroduce: byAudience("Hi, it's {senderName}. I had an interview with you for {position}{onDate}.", {
      "hr-team": "Hi, it's {senderName}. I had an interview for {position}{onDate}.",
      agency: "Hi, it's {senderName}. You put me forward for {position}.",
    }),
    reintroduceUnnamed: byAudience("Hi. I had an interview with you for {position}{onDate}.", {
      "hr-team": "Hi. I had an interview for {position}{onDate}.",
      agency: "Hi. You put me forward for {position}.",
    }),
    thanksForCall: "Thanks for taking my call. I've heard how it went.",
    valued: "I enjoyed the interview, especially {valued}.",
    askForFeedback: {
      "hiring-manager": "Have you got a few minutes to tell me how it went from your side?",
      "panel-chair": "Have you got a few minutes to tell me how the panel saw it?",
      "hr-team": "Could the panel share any feedback on my interview?",
      agency: "Did your client pass on any feedback about my interview?",
    },
    askIntro: "Anything you can tell me would help. In particular:",
    askGeneral: "Is there anything you'd suggest I work on?",
    future: byAudience(
      "If anything changes with this post, or something similar comes up, I'd be glad to hear from you. Could you keep my details?",
      { agency: "Please do keep me in mind for similar roles, with {employer} or anyone else." },
    ),
    elsewhere: byAudience("Do you know of anything similar elsewhere?", {
      agency: "Are you working on anything comparable at the moment?",
    }),
    helpful: "That's really helpful, thanks.",
    contactBoth: "(If they ask: my email is {email}, and my number is {phone}.)",
    contactEmail: "(If they ask: my email is {email}.)",
    contactPhone: "(If they ask: my number is {phone}.)",
    goodbye: "Bye for now.",
    busy: "No problem. Could I email you instead? What's the best address?",
    voicemailHello: "Hi, it's {senderName}.",
    voicemail: byAudience(
      "I had an interview for {position}{onDate}, and I'd really value a few minutes of feedback when you're free.",
      {
        agency:
          "You put me forward for {position}, and I'd be glad to hear any feedback from the interview when you're free.",
      },
    ),
    voicemailNumber: "My number's {phone}.",
    voicemailEnd: "I'll send a quick email too. Thanks.",
    refusal: "I understand, thanks anyway. Bye.",
  },
};

export const letter: LetterDefinition = {
  type: "phone-script",
  title: "Phone the employer",
  summary: "A short script for a call: getting through, what to ask, and what to say if it does not go to plan.",
  get when() {
    return `Call ${SEND_RULE}`;
  },
  description:
    "A short script for phoning an employer after a rejection: getting through, what to ask, voicemail and how to finish.",
  advice: { slug: "asking-for-feedback" },
  plan: { hash: "first-days", label: "the first steps in your plan" },
  searchTerms: ["phone script", "call the employer", "ring for feedback", "phone call", "voicemail"],
  email: false,
  timing: "heard",
  options: ["includeFuture", "askElsewhere"],
  fields: ["valued", "recipientTitle", "questions"],
  wording: WORDS,
  asksQuestions: () => true,
  offersElsewhere: (draft) => draft.includeFuture,
  compose({ draft, tone, a, f, facts }) {
    const p = WORDS[tone];
    const h = p.headings;
    const named = facts.text.senderName !== "";
    const answer = paragraphs(
      h.answer,
      sentences(named ? f(p.helloNamed) : p.helloUnnamed, f(p.calling[a]), f(p.askFor)),
    );
    const through = paragraphs(
      h.through,
      sentences(
        named ? f(p.reintroduce[a]) : f(p.reintroduceUnnamed[a]),
        p.thanksForCall,
        facts.text.valued && f(p.valued),
        p.askForFeedback[a],
      ),
    );
    const asks =
      facts.questions.length > 0
        ? [p.askIntro, ...facts.questions.map((id) => `- ${QUESTION_LIST[id]}`)].join("\n")
        : p.askGeneral;
    const more = [
      draft.includeFuture ? f(p.future[a]) : "",
      draft.includeFuture && draft.askElsewhere ? f(p.elsewhere[a]) : "",
    ];
    const ask = paragraphs(h.ask, asks, ...more);
    const { senderEmail, senderPhone } = facts.text;
    const contact =
      senderEmail && senderPhone
        ? f(p.contactBoth)
        : senderEmail
          ? f(p.contactEmail)
          : senderPhone
            ? f(p.contactPhone)
            : "";
    const closing = paragraphs(h.close, sentences(p.helpful, contact, p.goodbye));
    const voicemail = sentences(
      named && f(p.voicemailHello),
      f(p.voicemail[a]),
      senderPhone && f(p.voicemailNumber),
      p.voicemailEnd,
    );
    return {
      subject: null,
      body: paragraphs(
        answer,
        through,
        ask,
        closing,
        paragraphs(h.busy, p.busy),
        paragraphs(h.voicemail, voicemail),
        paragraphs(h.refusal, p.refusal),
      ),
    };
  },
};
