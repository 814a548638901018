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
 *   {valued}      the detail the person valued, as typed
 *   {questions}   the chosen questions, joined: "a, b and c"
 *   {recipient}   phone script: who to ask for
 *   {senderName}, {email}, {phone}
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
  questionsIntro: string;
  questions: Readonly<Record<QuestionId, string>>;
  feedbackEase: string;
  future: ByAudience;
  elsewhere: ByAudience;
  thankYou: { opening: ByAudience; body: ByAudience };
  keepInMind: { opening: ByAudience; thanksAgain: ByAudience; keen: ByAudience; fallThrough: ByAudience };
  chaser: { opening: ByAudience; body: ByAudience; close: string };
  phone: {
    headings: { opening: string; ask: string; close: string };
    helloNamed: string;
    helloUnnamed: string;
    context: ByAudience;
    askFor: string;
    /** Who to ask for when no name or job title is given. */
    askForFallback: ByAudience;
    whenThrough: string;
    askIntro: string;
    askGeneral: string;
    questions: Readonly<Record<QuestionId, string>>;
    future: ByAudience;
    elsewhere: ByAudience;
    thanks: string;
    contactBoth: string;
    contactEmail: string;
    contactPhone: string;
    goodbye: string;
  };
}

const QUESTIONS: Readonly<Record<QuestionId, string>> = {
  "weaker-parts": "which parts of my interview were weaker",
  "successful-candidate": "what experience the successful candidate had that I could work towards",
  "next-time": "what would make me a stronger candidate next time",
};

const PHONE_QUESTIONS: Readonly<Record<QuestionId, string>> = {
  "weaker-parts": "Which parts of my interview were weaker?",
  "successful-candidate": "What experience did the successful candidate have that I could work towards?",
  "next-time": "What would make me a stronger candidate next time?",
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
    employerFallback: {
      "hiring-manager": "your organisation",
      "hr-team": "your organisation",
      agency: "the organisation",
    },
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
    questions: QUESTIONS,
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
      thanksAgain: {
        "hiring-manager": "Thank you again for your time and for letting me know the outcome.",
        "hr-team": "Thank you again for letting me know the outcome, and please pass on my thanks to the panel.",
        agency: "Thank you again for your help and for letting me know the outcome.",
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
      whenThrough:
        "Thank you for taking my call. I wanted to thank you for the interview and to ask whether you could spare a few minutes for some feedback.",
      askIntro: "I would find any feedback useful. In particular:",
      askGeneral: "Is there any feedback you can share on my interview?",
      questions: PHONE_QUESTIONS,
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
      thanks: "Thank you, that is really helpful.",
      contactBoth: "My email address is {email}, and my phone number is {phone}.",
      contactEmail: "My email address is {email}.",
      contactPhone: "My phone number is {phone}.",
      goodbye: "Thank you again for your time. Goodbye.",
    },
  },
  warm: {
    greeting: {
      named: "Hello {name},",
      unnamed: same("Hello,"),
    },
    signOff: { named: "Best wishes,", unnamed: same("Best wishes,") },
    employerFallback: {
      "hiring-manager": "your organisation",
      "hr-team": "your organisation",
      agency: "the organisation",
    },
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
    questions: QUESTIONS,
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
      thanksAgain: {
        "hiring-manager": "Thanks again for your time and for letting me know how it went.",
        "hr-team": "Thanks again for letting me know how it went, and please thank the panel for me.",
        agency: "Thanks again for your help and for letting me know how it went.",
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
      whenThrough:
        "Thanks for taking my call. I really enjoyed the interview, and I wondered if you had a few minutes to share some feedback.",
      askIntro: "Anything you can tell me would help. In particular:",
      askGeneral: "Is there anything you'd suggest I work on?",
      questions: PHONE_QUESTIONS,
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
      thanks: "Thank you, that's really helpful.",
      contactBoth: "My email is {email}, and my number is {phone}.",
      contactEmail: "My email is {email}.",
      contactPhone: "My number is {phone}.",
      goodbye: "Thanks again for your time. Bye.",
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

export interface LetterInfo {
  /** Page heading and link text. */
  title: string;
  /** One line for the chooser on /letters/. */
  summary: string;
  /** When to use it, for the chooser. */
  when: string;
  /** The page's meta description. */
  description: string;
  /** Related advice article slug. */
  advice: { slug: string; title: string };
  /** Where this letter sits in the recovery plan. */
  plan: { hash: "first-days" | "first-week"; label: string };
  /** True for the messages sent by email (subject line, mail app). */
  email: boolean;
}

export const LETTER_INFO: Readonly<Record<LetterType, LetterInfo>> = {
  "feedback-request": {
    title: "Ask for feedback",
    summary: "An email asking what would make you a stronger candidate next time.",
    when: "Send it within a few days of hearing, while the interview is fresh for both of you.",
    description: "Write a short, specific email asking for feedback after an interview that did not go your way.",
    advice: { slug: "asking-for-feedback", title: "Asking for feedback" },
    plan: { hash: "first-days", label: "the first day or two" },
    email: true,
  },
  "thank-you": {
    title: "Say thank you",
    summary: "A brief note thanking the people who interviewed you.",
    when: "Within a day or two of the news. It takes minutes and people remember it.",
    description:
      "Write a brief, sincere thank-you note to the people who interviewed you, even though the answer was no.",
    advice: { slug: "saying-thank-you", title: "Saying thank you" },
    plan: { hash: "first-days", label: "the first day or two" },
    email: true,
  },
  "keep-me-in-mind": {
    title: "Ask them to keep you in mind",
    summary: "A note saying you would welcome future roles, or this one if it falls through.",
    when: "With your thanks, or a few weeks later if a similar role appears.",
    description: "Tell an employer you would welcome future roles, or this one if the appointment falls through.",
    advice: { slug: "the-door-may-still-be-open", title: "The door may still be open" },
    plan: { hash: "first-week", label: "the first week" },
    email: true,
  },
  "phone-script": {
    title: "Phone the employer",
    summary: "A short script for a call: how to open, what to ask and how to close.",
    when: "If you would rather talk, or if the news came by phone and you want to follow up.",
    description:
      "A short script for phoning an employer after a rejection: how to open, what to ask and how to finish.",
    advice: { slug: "asking-for-feedback", title: "Asking for feedback" },
    plan: { hash: "first-days", label: "the first day or two" },
    email: false,
  },
  chaser: {
    title: "Follow up once",
    summary: "A polite nudge when a feedback request has had no reply.",
    when: "About a week (five working days) after your request, once. Then let it go.",
    description: "A short, polite follow-up for a feedback request that has had no reply after about a week.",
    advice: { slug: "decoding-vague-feedback", title: "Making sense of vague feedback" },
    plan: { hash: "first-week", label: "the first week" },
    email: true,
  },
};
