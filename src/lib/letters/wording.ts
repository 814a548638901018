/**
 * Every sentence the letter builder writes. Edit the wording here; the rules for
 * choosing and joining sentences live in compose.ts.
 *
 * Slots in curly brackets are filled in by compose.ts (never anything else in curly
 * brackets, please):
 *   {name}        the recipient's name as typed ("Priya", "Dr Patel")
 *   {position}    "the Designer role at Acme", "the Designer role", "the role at Acme" or "the role"
 *   {onDate}      " on Tuesday 4 November" (with its leading space) or nothing
 *   {employer}    the organisation, or the fallback for the audience (see `employerFallback`)
 *   {about}       for subject lines: "Designer interview at Acme", "interview at Acme", …
 *   {valued}      the detail the person valued, tidied to run on from "I valued"
 *                 (see toValuedPhrase in compose.ts)
 *   {questions}   the one chosen question (two or more are written as a list instead)
 *   {recipient}   phone script: who to ask for
 *   {senderName}, {email}, {phone}
 *   {date}        timing advice only: "Tuesday 11 November"
 * A full stop straight after a slot is dropped when the slot's text already ends a
 * sentence, so "{valued}." never becomes "..".
 *
 * House rules: British English, no exclamation marks, no grovelling, no promises.
 * Each sentence must read correctly whatever is or is not filled in: the unit tests
 * in tests/unit/letters-compose.test.ts check every combination.
 */
import type { Audience, LetterType, QuestionId, Tone } from "./types";

type ByAudience = Readonly<Record<Audience, string>>;
const same = (text: string): ByAudience => ({ "hiring-manager": text, "hr-team": text, agency: text });

export interface Wording {
  greeting: { named: string; unnamed: ByAudience };
  signOff: { named: string; unnamed: ByAudience };
  /** Used for {employer} when no organisation is given. */
  employerFallback: ByAudience;
  subject: {
    feedback: string;
    thanksAndFeedback: string;
    thanks: string;
    keepInMind: string;
    chaser: string;
  };
  /** The first sentence of a feedback request: acknowledging the news. */
  outcomeHeard: ByAudience;
  /** The extra thanks switched on with "Also thank them". */
  thanks: ByAudience;
  valued: string;
  feedbackAsk: ByAudience;
  /** One question, asked inside a sentence. */
  questionsIntro: string;
  /** Two or more questions: this line, then one "- " line per question. */
  questionsListIntro: string;
  /** Each question as a phrase that completes "it would help to know …". */
  questions: Readonly<Record<QuestionId, string>>;
  /** Each question asked directly, for lists. */
  questionList: Readonly<Record<QuestionId, string>>;
  feedbackEase: string;
  future: ByAudience;
  elsewhere: ByAudience;
  thankYou: { opening: ByAudience; body: ByAudience };
  keepInMind: { opening: ByAudience; thanks: ByAudience; keen: ByAudience; fallThrough: ByAudience };
  chaser: { opening: ByAudience; body: ByAudience; close: string };
  phone: {
    headings: { opening: string; ask: string; close: string };
    helloNamed: string;
    helloUnnamed: string;
    context: ByAudience;
    askFor: string;
    /** Who to ask for when no name or job title is given. */
    askForFallback: ByAudience;
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
  };
}

const QUESTIONS: Readonly<Record<QuestionId, string>> = {
  "weaker-parts": "which parts of my interview were weaker",
  "biggest-difference": "which skills or experience would have made the biggest difference",
  "next-time": "what would make me a stronger candidate next time",
};

const QUESTION_LIST: Readonly<Record<QuestionId, string>> = {
  "weaker-parts": "Which parts of my interview were weaker?",
  "biggest-difference": "Which skills or experience would have made the biggest difference?",
  "next-time": "What would make me a stronger candidate next time?",
};

/** How an unnamed organisation is referred to; the same in both tones. */
const EMPLOYER_FALLBACK: ByAudience = {
  "hiring-manager": "your organisation",
  "hr-team": "your organisation",
  agency: "the organisation",
};

const SUBJECTS = {
  feedback: "Request for feedback: {about}",
  thanksAndFeedback: "Thank you, and a request for feedback: {about}",
  thanks: "Thank you: {about}",
  keepInMind: "Keeping in touch: {about}",
  chaser: "Following up my request for feedback: {about}",
};

export const WORDING: Readonly<Record<Tone, Wording>> = {
  formal: {
    greeting: {
      named: "Dear {name},",
      unnamed: { "hiring-manager": "Dear hiring manager,", "hr-team": "Dear recruitment team,", agency: "Hello," },
    },
    signOff: {
      named: "Yours sincerely,",
      unnamed: { "hiring-manager": "Yours faithfully,", "hr-team": "Yours faithfully,", agency: "Kind regards," },
    },
    employerFallback: EMPLOYER_FALLBACK,
    subject: SUBJECTS,
    outcomeHeard: {
      "hiring-manager": "Thank you for letting me know the outcome of my interview for {position}{onDate}.",
      "hr-team": "Thank you for letting me know the outcome of my interview for {position}{onDate}.",
      agency:
        "Thank you for letting me know the outcome of my interview for {position}{onDate}, and for putting me forward.",
    },
    thanks: {
      "hiring-manager": "I am grateful for the time you gave me and for the chance to learn more about {employer}.",
      "hr-team": "Please pass on my thanks to the interview panel for their time.",
      agency: "I am grateful for your help throughout the process.",
    },
    valued: "I particularly valued {valued}.",
    feedbackAsk: {
      "hiring-manager":
        "I am keen to keep improving, so I would be grateful for any feedback you can share on my interview.",
      "hr-team":
        "I am keen to keep improving, so I would be grateful for any feedback the panel can share on my interview.",
      agency:
        "I am keen to keep improving, so if {employer} has shared any feedback on my interview, or would be willing to, I would be grateful to hear it.",
    },
    questionsIntro: "In particular, it would help to know {questions}.",
    questionsListIntro: "In particular, it would help to know:",
    questions: QUESTIONS,
    questionList: QUESTION_LIST,
    feedbackEase: "I appreciate that your time is limited, and even a few lines would be useful.",
    future: {
      "hiring-manager":
        "I remain interested in working at {employer} and would welcome being considered for similar roles in future.",
      "hr-team":
        "I remain interested in working at {employer} and would welcome being considered for similar roles in future.",
      agency: "Please keep me in mind for similar roles, whether with {employer} or with other clients.",
    },
    elsewhere: {
      "hiring-manager": "If you hear of similar vacancies elsewhere, I would be grateful to know about them.",
      "hr-team": "If you hear of similar vacancies elsewhere, I would be grateful to know about them.",
      agency: "I would also welcome hearing about any similar roles you are recruiting for at the moment.",
    },
    thankYou: {
      opening: {
        "hiring-manager": "Thank you for interviewing me for {position}{onDate}, and for letting me know the outcome.",
        "hr-team": "Thank you for letting me know the outcome of my interview for {position}{onDate}.",
        agency: "Thank you for putting me forward for {position}, and for letting me know the outcome.",
      },
      body: {
        "hiring-manager": "Although I was disappointed, I enjoyed our conversation and learning more about {employer}.",
        "hr-team":
          "Please pass on my thanks to the interview panel. Although I was disappointed, I enjoyed the conversation and learning more about {employer}.",
        agency:
          "Although I was disappointed, I enjoyed the interview and learning more about {employer}, and I appreciated your help throughout.",
      },
    },
    keepInMind: {
      opening: {
        "hiring-manager": "I recently interviewed with you for {position}{onDate}.",
        "hr-team": "I recently interviewed for {position}{onDate}.",
        agency: "You recently put me forward for {position}, and I was interviewed{onDate}.",
      },
      thanks: {
        "hiring-manager": "Thank you for your time and for letting me know the outcome.",
        "hr-team": "Thank you for letting me know the outcome, and please pass on my thanks to the panel.",
        agency: "Thank you for your help and for letting me know the outcome.",
      },
      keen: {
        "hiring-manager": "Although I was not offered the role, the interview left me keen to work at {employer}.",
        "hr-team": "Although I was not offered the role, the interview left me keen to work at {employer}.",
        agency:
          "Although I was not offered the role, the interview left me keen to work at {employer} or somewhere like it.",
      },
      fallThrough: {
        "hiring-manager":
          "If the appointment does not work out, or a similar role comes up, I would be glad to be considered.",
        "hr-team":
          "If the appointment does not work out, or a similar role comes up, I would be glad to be considered.",
        agency:
          "If the appointment does not go ahead, or a similar role comes up, I would be glad to be put forward again.",
      },
    },
    chaser: {
      opening: same(
        "I am writing to follow up my recent email asking for feedback on my interview for {position}{onDate}.",
      ),
      body: {
        "hiring-manager":
          "I know how busy recruitment can be. If you are able to share a few thoughts, however brief, I would find them very useful.",
        "hr-team":
          "I know how busy recruitment can be. If the panel is able to share a few thoughts, however brief, I would find them very useful.",
        agency:
          "I know how busy recruitment can be. If {employer} has passed on any thoughts, however brief, I would find them very useful.",
      },
      close: "If feedback is not possible, I understand, and thank you again for considering me.",
    },
    phone: {
      headings: { opening: "Opening", ask: "What to ask", close: "Closing" },
      helloNamed: "Hello, my name is {senderName}.",
      helloUnnamed: "Hello.",
      context: {
        "hiring-manager": "I was interviewed for {position}{onDate} and have since heard the outcome.",
        "hr-team": "I was interviewed for {position}{onDate} and have since heard the outcome.",
        agency: "You put me forward for {position}, and I have heard the outcome of the interview.",
      },
      askFor: "Could I speak to {recipient}, please?",
      askForFallback: {
        "hiring-manager": "the person who interviewed me",
        "hr-team": "someone in the recruitment team",
        agency: "the consultant who handled my application",
      },
      thanksForCall: {
        "hiring-manager": "Thank you for taking my call, and for interviewing me.",
        "hr-team": "Thank you for taking my call.",
        agency: "Thank you for taking my call.",
      },
      valued: "I enjoyed the interview, particularly {valued}.",
      askForFeedback: {
        "hiring-manager": "I wondered whether you could spare a few minutes to share some feedback.",
        "hr-team": "I wanted to ask whether the panel could share any feedback on my interview.",
        agency: "I wanted to ask whether your client shared any feedback on my interview.",
      },
      askIntro: "I would find any feedback useful. In particular:",
      askGeneral: "Is there any feedback you can share on my interview?",
      questions: QUESTION_LIST,
      future: {
        "hiring-manager":
          "If the appointment does not work out, or a similar role comes up, I would be glad to be considered. Would you keep my details on file?",
        "hr-team":
          "If the appointment does not work out, or a similar role comes up, I would be glad to be considered. Would you keep my details on file?",
        agency: "Please keep me in mind for similar roles, whether with {employer} or with other clients.",
      },
      elsewhere: {
        "hiring-manager": "Do you know of any similar vacancies elsewhere?",
        "hr-team": "Do you know of any similar vacancies elsewhere?",
        agency: "Are you recruiting for any similar roles at the moment?",
      },
      helpful: "That is really helpful.",
      contactBoth: "(If they ask: my email address is {email}, and my phone number is {phone}.)",
      contactEmail: "(If they ask: my email address is {email}.)",
      contactPhone: "(If they ask: my phone number is {phone}.)",
      goodbye: "Thank you for your time. Goodbye.",
    },
  },
  warm: {
    greeting: {
      named: "Hello {name},",
      unnamed: same("Hello,"),
    },
    signOff: { named: "Best wishes,", unnamed: same("Best wishes,") },
    employerFallback: EMPLOYER_FALLBACK,
    subject: SUBJECTS,
    outcomeHeard: {
      "hiring-manager": "Thanks for getting back to me about my interview for {position}{onDate}.",
      "hr-team": "Thanks for getting back to me about my interview for {position}{onDate}.",
      agency: "Thanks for getting back to me about my interview for {position}{onDate}, and for putting me forward.",
    },
    thanks: {
      "hiring-manager": "I was sorry not to get it, but I really enjoyed meeting you and hearing about {employer}.",
      "hr-team": "I was sorry not to get it, but I really enjoyed the interview, so please thank the panel for me.",
      agency: "I was sorry not to get it, but I really appreciated your help along the way.",
    },
    valued: "I especially appreciated {valued}.",
    feedbackAsk: {
      "hiring-manager": "I'd like to learn from the experience, so any feedback you could share would really help.",
      "hr-team": "I'd like to learn from the experience, so any feedback the panel could share would really help.",
      agency:
        "I'd like to learn from the experience, so if {employer} has shared any feedback, I'd really like to hear it.",
    },
    questionsIntro: "If you have a moment, it would be great to know {questions}.",
    questionsListIntro: "If you have a moment, it would be great to know:",
    questions: QUESTIONS,
    questionList: QUESTION_LIST,
    feedbackEase: "Even a couple of lines would be really helpful.",
    future: {
      "hiring-manager":
        "I'd still very much like to work at {employer}, so please do keep me in mind for similar roles.",
      "hr-team": "I'd still very much like to work at {employer}, so please do keep me in mind for similar roles.",
      agency: "Please do keep me in mind for similar roles, with {employer} or anyone else.",
    },
    elsewhere: {
      "hiring-manager": "And if you hear of anything similar elsewhere, I'd be glad to know.",
      "hr-team": "And if you hear of anything similar elsewhere, I'd be glad to know.",
      agency: "And if you're working on anything similar at the moment, I'd be glad to hear about it.",
    },
    thankYou: {
      opening: {
        "hiring-manager": "Thank you for interviewing me for {position}{onDate}, and for letting me know how it went.",
        "hr-team": "Thanks for getting back to me about my interview for {position}{onDate}.",
        agency: "Thanks for putting me forward for {position}, and for letting me know how it went.",
      },
      body: {
        "hiring-manager":
          "I was sorry not to get it, but I really enjoyed our conversation and finding out more about {employer}.",
        "hr-team":
          "Please thank the panel for me. I was sorry not to get it, but I really enjoyed finding out more about {employer}.",
        agency:
          "I was sorry not to get it, but I enjoyed finding out more about {employer}, and I really appreciated your help.",
      },
    },
    keepInMind: {
      opening: {
        "hiring-manager": "I interviewed with you recently for {position}{onDate}.",
        "hr-team": "I interviewed recently for {position}{onDate}.",
        agency: "You put me forward recently for {position}, and I was interviewed{onDate}.",
      },
      thanks: {
        "hiring-manager": "Thanks for your time, and for letting me know how it went.",
        "hr-team": "Thanks for letting me know how it went, and please thank the panel for me.",
        agency: "Thanks for your help, and for letting me know how it went.",
      },
      keen: {
        "hiring-manager": "I didn't get the role this time, but the interview left me keen to work at {employer}.",
        "hr-team": "I didn't get the role this time, but the interview left me keen to work at {employer}.",
        agency:
          "I didn't get the role this time, but the interview left me keen to work at {employer} or somewhere like it.",
      },
      fallThrough: {
        "hiring-manager":
          "If the appointment doesn't work out, or something similar comes up, I'd love to be considered.",
        "hr-team": "If the appointment doesn't work out, or something similar comes up, I'd love to be considered.",
        agency:
          "If the appointment doesn't go ahead, or something similar comes up, I'd be glad to be put forward again.",
      },
    },
    chaser: {
      opening: same(
        "I'm just following up my recent email asking for feedback on my interview for {position}{onDate}.",
      ),
      body: {
        "hiring-manager":
          "I know things get busy, so a couple of lines would be plenty. Any thoughts you can share would really help.",
        "hr-team":
          "I know things get busy, so a couple of lines from the panel would be plenty. Any thoughts would really help.",
        agency:
          "I know things get busy, so a couple of lines would be plenty. Anything {employer} has passed on would really help.",
      },
      close: "If it isn't possible, I understand, and thanks again for considering me.",
    },
    phone: {
      headings: { opening: "Opening", ask: "What to ask", close: "Closing" },
      helloNamed: "Hello, this is {senderName}.",
      helloUnnamed: "Hello.",
      context: {
        "hiring-manager": "I had an interview for {position}{onDate}, and I've heard how it went.",
        "hr-team": "I had an interview for {position}{onDate}, and I've heard how it went.",
        agency: "You put me forward for {position}, and I've heard how the interview went.",
      },
      askFor: "Could I speak to {recipient}, please?",
      askForFallback: {
        "hiring-manager": "the person who interviewed me",
        "hr-team": "someone in the recruitment team",
        agency: "the consultant who handled my application",
      },
      thanksForCall: {
        "hiring-manager": "Thanks for taking my call, and for interviewing me.",
        "hr-team": "Thanks for taking my call.",
        agency: "Thanks for taking my call.",
      },
      valued: "I really enjoyed the interview, especially {valued}.",
      askForFeedback: {
        "hiring-manager": "Have you got a few minutes to tell me how it went from your side?",
        "hr-team": "I wanted to ask whether the panel could share any feedback on my interview.",
        agency: "I wanted to ask whether your client passed on any feedback about my interview.",
      },
      askIntro: "Anything you can tell me would help. In particular:",
      askGeneral: "Is there anything you'd suggest I work on?",
      questions: QUESTION_LIST,
      future: {
        "hiring-manager":
          "If the appointment doesn't work out, or something similar comes up, I'd love to be considered. Could you keep my details?",
        "hr-team":
          "If the appointment doesn't work out, or something similar comes up, I'd love to be considered. Could you keep my details?",
        agency: "Please do keep me in mind for similar roles, with {employer} or anyone else.",
      },
      elsewhere: {
        "hiring-manager": "Do you know of anything similar elsewhere?",
        "hr-team": "Do you know of anything similar elsewhere?",
        agency: "Are you working on anything similar at the moment?",
      },
      helpful: "That's really helpful.",
      contactBoth: "(If they ask: my email is {email}, and my number is {phone}.)",
      contactEmail: "(If they ask: my email is {email}.)",
      contactPhone: "(If they ask: my number is {phone}.)",
      goodbye: "Thanks so much for your time. Bye.",
    },
  },
};

/** Words that already name the kind of job, so "role" is not added after them. */
export const ROLE_NOUNS = [
  "role",
  "position",
  "post",
  "job",
  "vacancy",
  "opportunity",
  "placement",
  "internship",
  "apprenticeship",
];

/** The bracketed gaps shown in the template when JavaScript is not running. */
export const GAP_LABELS = {
  senderName: "your name",
  senderEmail: "your email address",
  senderPhone: "your phone number",
  recipientName: "their name",
  recipientTitle: "their job title",
  organisation: "organisation",
  role: "job title",
  valued: "one thing you valued about the interview",
  interviewDate: "date of interview",
} as const;

/** The one rule for when to send thanks and a feedback request (and to phone instead). */
const SEND_RULE = "within two or three working days of hearing, while the interview is fresh for both of you.";

/** Sentences for the "When to send it" section; {date} is a long date. */
export const TIMING_WORDING = {
  heardLabel: "When did you hear the outcome?",
  requestedLabel: "When did you send your feedback request?",
  sendBy: { send: "Send it by {date}.", call: "Call by {date}." },
  late: {
    send: "That is more than three working days ago, but a short, polite message is still worth sending today.",
    call: "That is more than three working days ago, but a short, polite call is still worth making today.",
  },
  chaseIf: "If you ask for feedback and hear nothing, follow up once on or after {date}, then let it go.",
  chaseOn: "Send this on or after {date} (five working days later).",
  chaseDue: "It has been long enough: send it today.",
  future: "Choose a date that is not in the future.",
  reminderSummary: { about: "Chase feedback once: {about}", plain: "Chase interview feedback once" },
} as const;

export interface LetterInfo {
  /** Page heading and link text. */
  title: string;
  /** One line for the chooser on /letters/. */
  summary: string;
  /** When to send it: on the letter's page and in the chooser. */
  when: string;
  /** The page's meta description. */
  description: string;
  /** Related advice: the article's slug, its exact title, and a section id if one fits best. */
  advice: { slug: string; title: string; section?: string };
  /** Where this letter sits in the recovery plan; `label` completes "Sending this is one of …". */
  plan: { hash: "first-days" | "first-week"; label: string };
  /** True for the messages sent by email (subject line, mail app). */
  email: boolean;
  /**
   * The date the "When to send it" helper asks for: the day they heard (the timing
   * of thanks and a feedback request), the day the request went out (the chaser), or
   * none (keep me in mind has no deadline).
   */
  timing: "heard" | "requested" | null;
}

const FEEDBACK_ARTICLE = { slug: "asking-for-feedback", title: "How to ask for feedback after a rejection" };

export const LETTER_INFO: Readonly<Record<LetterType, LetterInfo>> = {
  "feedback-request": {
    title: "Ask for feedback",
    summary: "An email asking what would make you a stronger candidate next time.",
    when: `Send it ${SEND_RULE}`,
    description: "Write a short, specific email asking for feedback after an interview that did not go your way.",
    advice: FEEDBACK_ARTICLE,
    plan: { hash: "first-days", label: "the first steps in your plan" },
    email: true,
    timing: "heard",
  },
  "thank-you": {
    title: "Say thank you",
    summary: "A brief note thanking the people who interviewed you.",
    when: `Send it ${SEND_RULE}`,
    description:
      "Write a brief, sincere thank-you note to the people who interviewed you, even though the answer was no.",
    advice: { slug: "saying-thank-you", title: "Saying thank you after a rejection" },
    plan: { hash: "first-days", label: "the first steps in your plan" },
    email: true,
    timing: "heard",
  },
  "keep-me-in-mind": {
    title: "Ask them to keep you in mind",
    summary: "A note saying you would welcome future roles, or this one if it falls through.",
    when: "Send it with your thank-you, or about a month later if a similar role comes up.",
    description: "Tell an employer you would welcome future roles, or this one if the appointment falls through.",
    advice: { slug: "the-door-may-still-be-open", title: "The door may still be open" },
    plan: { hash: "first-week", label: "the first-week steps in your plan" },
    email: true,
    timing: null,
  },
  "phone-script": {
    title: "Phone the employer",
    summary: "A short script for a call: how to open, what to ask and how to close.",
    when: `Call ${SEND_RULE}`,
    description:
      "A short script for phoning an employer after a rejection: how to open, what to ask and how to finish.",
    advice: FEEDBACK_ARTICLE,
    plan: { hash: "first-days", label: "the first steps in your plan" },
    email: false,
    timing: "heard",
  },
  chaser: {
    title: "Follow up once",
    summary: "A polite nudge when a feedback request has had no reply.",
    when: "Five working days after your feedback request, if nobody has replied. Send it once, then let it go.",
    description: "A short, polite follow-up for a feedback request that has had no reply after five working days.",
    advice: { ...FEEDBACK_ARTICLE, section: "what-to-expect" },
    plan: { hash: "first-week", label: "the first-week steps in your plan" },
    email: true,
    timing: "requested",
  },
};
