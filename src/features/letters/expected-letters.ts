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
  /** The feedback request, every field filled in, also asking to be considered again. */
  feedbackRequestComplete: {
    type: "feedback-request",
    draft: DRAFTS.complete,
    subject: "Interview for Senior Designer: feedback request",
    body: `Dear Priya Shah,

Thank you for interviewing me for the Senior Designer role at Northwind Studio on Tuesday 4 November, and for letting me know the outcome. I particularly valued hearing how the team plans its releases.

I am keen to keep improving, so any feedback you can share on my interview would help. In particular, it would be useful to know what would make me a stronger candidate next time. I know your time is limited, so even a few lines would be welcome.

I remain interested in working at Northwind Studio and would welcome being considered for similar roles in future.

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
    subject: "Interview for [job title]: feedback request",
    body: `Dear [Name of the person who interviewed you],

Thank you for interviewing me for the [job title] role at [organisation] on [date of interview], and for letting me know the outcome. I particularly valued [one thing you valued about the interview].

I am keen to keep improving, so any feedback you can share on my interview would help. In particular, it would be useful to know:
- Was there an answer that fell short?
- Which skills or experience would have made the biggest difference?
- What would make me a stronger candidate next time?

I know your time is limited, so even a few lines would be welcome.

Kind regards,
[your name]
[your email address]
[your phone number]`,
  },
  /** A warm thank-you to a named interviewer, with nothing else known. */
  thankYouWarm: {
    type: "thank-you",
    draft: DRAFTS.warmNamed,
    subject: "My recent interview: thank you",
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
    subject: "Interview for javascript:alert(1): feedback request",
    body: `Dear <script>alert('x')</script>,

Thank you for interviewing me for the javascript:alert(1) role at Smith & Jones #1 + Partners?subject=hacked&body=x, and for letting me know the outcome. I particularly valued the <b>bold</b> & honest %20 answers.

I am keen to keep improving, so any feedback you can share on my interview would help. In particular, it would be useful to know what would make me a stronger candidate next time. I know your time is limited, so even a few lines would be welcome.

Kind regards,
<img src=x onerror="alert(1)">
a+b@example.com`,
  },
} satisfies Record<string, ExpectedLetter>;
