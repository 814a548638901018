/**
 * Whole letters written out word for word, for named drafts in fixtures.ts. The unit
 * tests (compose.test.ts) and the browser tests (letters.browser.ts) compare what the
 * builder writes with these, so neither checks the letter engine against itself.
 * When wording changes on purpose, change the text here too, reading it as a reader would.
 */
import { DRAFTS } from "./fixtures";
import type { LetterDraft, LetterType } from "./types";

/** One letter as the builder should write it. */
export interface ExpectedLetter {
  type: LetterType;
  draft: LetterDraft;
  /** The template shown without JavaScript, with [bracketed gaps]. */
  gaps?: boolean;
  subject: string | null;
  body: string;
}

export const EXPECTED_LETTERS = {
  /** The feedback request, every field filled in, also offering to be considered again. */
  feedbackRequestComplete: {
    type: "feedback-request",
    draft: DRAFTS.complete,
    subject: "Thank you, and a feedback request: Senior Designer at Northwind Studio",
    body: `Dear Priya Shah,

Thank you for letting me know the outcome of my interview for the Senior Designer role at Northwind Studio on Tuesday 4 November. I am grateful for the time you gave me and for the chance to learn more about Northwind Studio. I particularly valued hearing how the team plans its releases.

I am keen to keep improving, so I would be grateful for any feedback you can share on my interview. In particular, it would help to know what would make me a stronger candidate next time. I appreciate that your time is limited, and even a few lines would be useful.

I remain interested in working at Northwind Studio and would welcome being considered for similar roles in future. If you hear of similar vacancies elsewhere, please do let me know.

Kind regards,
Sam Taylor
sam@example.com
07700 900123`,
  },
  /** The feedback request as a template, which is what a reader sees without JavaScript. */
  feedbackRequestTemplate: {
    type: "feedback-request",
    draft: DRAFTS.empty,
    gaps: true,
    subject: "Thank you, and a feedback request: [job title] at [organisation]",
    body: `Dear [their name],

Thank you for letting me know the outcome of my interview for the [job title] role at [organisation] on [date of interview]. I am grateful for the time you gave me and for the chance to learn more about [organisation]. I particularly valued [one thing you valued about the interview].

I am keen to keep improving, so I would be grateful for any feedback you can share on my interview. In particular, it would help to know:
- Which parts of my interview were weaker?
- Which skills or experience would have made the biggest difference?
- What would make me a stronger candidate next time?

I appreciate that your time is limited, and even a few lines would be useful.

Kind regards,
[your name]
[your email address]
[your phone number]`,
  },
  /** A warm thank-you to a named interviewer, with nothing else known. */
  thankYouWarm: {
    type: "thank-you",
    draft: DRAFTS.warmNamed,
    subject: "Thank you: my recent interview",
    body: `Hello Jo,

Thank you for interviewing me for the role, and for letting me know how it went. I was sorry not to get it, but I enjoyed our conversation and finding out more about your organisation.

Best wishes,
Alex`,
  },
  /** The phone script when only the organisation is known: no subject, every branch. */
  phoneScriptAcme: {
    type: "phone-script",
    draft: { ...DRAFTS.empty, organisation: "Acme" },
    subject: null,
    body: `If someone else answers

Hello. I'm calling about my interview for the role at Acme. Could I speak to the person who interviewed me, please?

When you're put through

Hello. I was interviewed for the role at Acme. Thank you for taking my call. I've heard the outcome. Could you spare a few minutes to share some feedback?

What to ask

I'd find any feedback useful. In particular:
- What would make me a stronger candidate next time?

Closing

That's very helpful, thank you. Goodbye.

If it's not a good time

Of course. Could I email you instead? What's the best address to use?

If you get voicemail (about 20 seconds)

I was interviewed for the role at Acme, and I'd be grateful for a few minutes of feedback when you have time. I'll also send a short email. Thank you.

If they say no

I understand, thank you anyway. Goodbye.`,
  },
  /** Markup, a javascript: URL and mailto-like text typed into the fields stay literal text. */
  feedbackRequestHostile: {
    type: "feedback-request",
    draft: DRAFTS.hostile,
    subject:
      "Thank you, and a feedback request: javascript:alert(1) at Smith & Jones #1 + Partners?subject=hacked&body=x",
    body: `Dear <script>alert('x')</script>,

Thank you for letting me know the outcome of my interview for the javascript:alert(1) role at Smith & Jones #1 + Partners?subject=hacked&body=x. I am grateful for the time you gave me and for the chance to learn more about Smith & Jones #1 + Partners?subject=hacked&body=x. I particularly valued the <b>bold</b> & honest %20 answers.

I am keen to keep improving, so I would be grateful for any feedback you can share on my interview. In particular, it would help to know what would make me a stronger candidate next time. I appreciate that your time is limited, and even a few lines would be useful.

Kind regards,
<img src=x onerror="alert(1)">
a+b@example.com`,
  },
} satisfies Record<string, ExpectedLetter>;
