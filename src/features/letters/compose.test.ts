import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fill, requestCount, toQuestion, toPlainText, letterWordCount, toValuedPhrase } from "./compose";
import { asksQuestions, composeLetter, lacksSignature, LETTERS } from "./registry";
import { cleanField, countWords } from "./text";
import {
  AUDIENCES,
  LETTER_TYPES,
  NATIONS,
  QUESTION_IDS,
  TEXT_FIELDS,
  TONES,
  type LetterDraft,
  type LetterType,
} from "./types";

import { FEEDBACK_WORDS } from "./feedback-words";
import { QUESTION_LIST, SHARED, TIMING_WORDING } from "./wording";

/** Every sentence any letter can write: the shared ones and each entry's own. */
const WORDING = {
  SHARED,
  FEEDBACK_WORDS,
  QUESTION_LIST,
  letters: Object.values(LETTERS).map((letter) => letter.wording),
};
const LETTER_INFO = LETTERS;
import { DRAFTS, type DraftName } from "./fixtures";
import { anyText } from "../../../tests/support/arbitrary-text";

/** Every letter, every fixture, both tones, every audience. */
const everyCase = LETTER_TYPES.flatMap((type) =>
  (Object.keys(DRAFTS) as DraftName[]).flatMap((name) =>
    TONES.flatMap((tone) =>
      AUDIENCES.map((audience) => ({
        type,
        name,
        tone,
        audience,
        draft: { ...DRAFTS[name], tone, audience } as LetterDraft,
      })),
    ),
  ),
);

/** The text the template wrote, with everything the person typed taken out. */
function templateText(text: string, draft: LetterDraft): string {
  let rest = text;
  // The valued field is tidied (first letter, "!"), so its tidied form is what to remove.
  const typed = TEXT_FIELDS.map((key) =>
    key === "valued"
      ? toValuedPhrase(draft[key])
      : key === "followUp"
        ? toQuestion(cleanField(draft[key]))
        : cleanField(draft[key]),
  )
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  for (const value of typed) rest = rest.split(value).join("");
  return rest;
}

/**
 * Which typed fields each letter shows exactly as typed: the sender's and recipient's
 * details, role and organisation in every letter, plus the optional parts the letter's
 * form offers. The valued field is checked apart (its first letter and "!" are tidied),
 * and so is the follow-up question (it may gain a "?").
 */
const COMMON_FIELDS = ["senderName", "senderEmail", "senderPhone", "recipientName", "organisation", "role"] as const;
const FIELDS_SHOWN = Object.fromEntries(
  LETTER_TYPES.map((type) => [
    type,
    [
      ...COMMON_FIELDS,
      ...LETTERS[type].fields.flatMap((part) =>
        part === "recipientTitle" || part === "newVacancy" || part === "feedbackPoint" ? [part] : [],
      ),
    ],
  ]),
) as unknown as Record<LetterType, readonly (typeof TEXT_FIELDS)[number][]>;

const PUNCTUATION = /[!！?？.]/gu;

/**
 * The valued field is kept apart from its first letter (whose case may change) and its
 * sentence punctuation ("!" becomes "."): everything else must reach the letter.
 */
function expectValuedKept(type: LetterType, text: string, valued: string): void {
  if (!LETTERS[type].fields.includes("valued")) return;
  // The field continues a sentence: leading punctuation may go and the first letter may
  // change case; everything after that must survive.
  const core = Array.from(
    cleanField(valued)
      .replace(/^[.,;:?？!！…\-–—\s]+/u, "")
      .replace(PUNCTUATION, ""),
  )
    .slice(1)
    .join("");
  if (!/[\p{L}\p{N}]/u.test(valued)) return;
  expect(text.replace(PUNCTUATION, "")).toContain(core);
}

function expectWellFormed(text: string, draft: LetterDraft): void {
  const template = templateText(text, draft);
  expect(template).not.toContain("undefined");
  expect(template).not.toContain("null");
  expect(template).not.toContain("[");
  expect(template).not.toContain("{");
  expect(text).not.toMatch(/ {2}/);
  expect(text).not.toMatch(/\n{3,}/);
  expect(text).not.toMatch(/ \n|\n /);
  expect(text).not.toMatch(/^\s|\s\s$/);
}

describe("composeLetter over the named fixtures", () => {
  it.each(everyCase)("writes a well-formed $type ($tone, to $audience) for the $name draft", ({ type, draft }) => {
    const letter = composeLetter(type, draft);
    expectWellFormed(toPlainText(letter), draft);
    expect(toPlainText(letter)).not.toMatch(/\.\.|,,| [.,]/);
    for (const field of FIELDS_SHOWN[type]) {
      const value = cleanField(draft[field]);
      if (value) expect(letter.body).toContain(value);
    }
    expectValuedKept(type, letter.body, draft.valued);
    if (type === "phone-script") expect(letter.subject).toBeNull();
    else expect(letter.subject).toBeTruthy();
  });
});

describe("wording choices", () => {
  const cases: { name: string; type: LetterType; draft: LetterDraft; has: string[]; lacks?: string[] }[] = [
    {
      name: "no recipient name gives a neutral, capitalised greeting and an email sign-off",
      type: "feedback-request",
      draft: DRAFTS.empty,
      has: ["Dear Hiring Manager,", "Kind regards,", "for the role."],
      lacks: ["Yours faithfully", "Yours sincerely"],
    },
    {
      name: "a named recipient gets 'Dear' and 'Kind regards'",
      type: "feedback-request",
      draft: DRAFTS.noQuestions,
      has: ["Dear Dr Okafor,", "Kind regards,"],
      lacks: ["In particular"],
    },
    {
      name: "the warm tone says hello and signs off with best wishes",
      type: "thank-you",
      draft: DRAFTS.warmNamed,
      has: ["Hello Jo,", "Best wishes,\nAlex"],
    },
    {
      name: "an HR team is asked to pass thanks to the panel",
      type: "thank-you",
      draft: DRAFTS.hrTeam,
      has: ["Dear Recruitment Team,", "pass on my thanks to the interview panel", "learning more about Acme"],
    },
    {
      name: "an agency recruiter is thanked for putting the person forward and asked about the client's feedback",
      type: "feedback-request",
      draft: DRAFTS.agencyUnnamed,
      has: ["Hello,", "putting me forward", "if Acme has shared any feedback", "Kind regards,"],
    },
    {
      name: "a role alone is 'the … role'",
      type: "chaser",
      draft: DRAFTS.roleOnly,
      has: ["for the Data Analyst role.", "Re: Feedback request: Data Analyst interview"],
    },
    {
      name: "an organisation alone is 'the role at …'",
      type: "feedback-request",
      draft: DRAFTS.organisationOnly,
      has: ["for the role at Riverside Council.", "interview at Riverside Council"],
    },
    {
      name: "a role that already names the kind of job gets no extra 'role'",
      type: "thank-you",
      draft: DRAFTS.roleEndsInNoun,
      has: ["the Graduate Engineer position at Acme"],
      lacks: ["position role"],
    },
    {
      name: "a detail that ends its own sentence gets no second full stop",
      type: "feedback-request",
      draft: DRAFTS.valuedEndsSentence,
      has: ["I particularly valued meeting the whole team.\n\nI am keen"],
    },
    {
      name: "messy spacing and line breaks in fields are tidied",
      type: "feedback-request",
      draft: DRAFTS.messySpacing,
      has: ["the Senior Designer role at Acme Ltd.", "\nSam"],
    },
    {
      name: "the interview date is written out in words",
      type: "chaser",
      draft: DRAFTS.complete,
      has: ["on Tuesday 4 November."],
    },
    {
      name: "asking about vacancies elsewhere follows the offer to be considered",
      type: "feedback-request",
      draft: DRAFTS.complete,
      has: ["similar roles in future. If you hear of similar vacancies elsewhere"],
    },
    {
      name: "keep me in mind covers the appointment falling through",
      type: "keep-me-in-mind",
      draft: DRAFTS.organisationOnly,
      has: ["If the appointment does not work out", "keen to work at Riverside Council"],
    },
    {
      name: "the phone script asks whoever answers for the recipient by name and job title",
      type: "phone-script",
      draft: DRAFTS.complete,
      has: [
        "If someone else answers\n\nHello, my name's Sam Taylor. I'm calling about my interview for the Senior Designer role at Northwind Studio on Tuesday 4 November. Could I speak to Priya Shah, the Head of Design, please?",
        "- What would make me a stronger candidate next time?",
      ],
    },
    {
      name: "the phone script re-introduces the caller once through, then thanks them and says what they valued",
      type: "phone-script",
      draft: DRAFTS.complete,
      has: [
        "When you're put through\n\nHello, it's Sam Taylor. I was interviewed for the Senior Designer role at Northwind Studio on Tuesday 4 November. Thank you for taking my call. I've heard the outcome. I enjoyed the interview, particularly hearing how the team plans its releases. Could you spare",
      ],
    },
    {
      name: "the phone script to an agency says the agency put the caller forward and asks about the client's feedback",
      type: "phone-script",
      draft: DRAFTS.agencyUnnamed,
      has: [
        "I'm calling about the Buyer role at Acme, which your agency put me forward for.",
        "Hello. You put me forward for the Buyer role at Acme. Thank you for taking my call.",
        "I wondered whether your client shared any feedback on my interview.",
      ],
      lacks: ["interviewing me", "I was interviewed"],
    },
    {
      name: "the phone script asks an HR team whether the panel could share feedback",
      type: "phone-script",
      draft: DRAFTS.hrTeam,
      has: ["I wondered whether the panel could share any feedback on my interview."],
      lacks: ["interviewing me"],
    },
    {
      name: "the phone script closes with thanks once, giving contact details only if asked",
      type: "phone-script",
      draft: DRAFTS.complete,
      has: [
        "Closing\n\nThat's very helpful, thank you. (If they ask: my email address is sam@example.com, and my phone number is 07700 900123.) Goodbye.",
      ],
      lacks: ["Thank you again", "Thank you, that"],
    },
    {
      name: "the phone script has short branches for a bad moment, voicemail and a refusal",
      type: "phone-script",
      draft: DRAFTS.complete,
      has: [
        "If it's not a good time\n\nOf course. Could I email you instead?",
        "If you get voicemail (about 20 seconds)\n\nHello, this is Sam Taylor. I was interviewed for the Senior Designer role at Northwind Studio on Tuesday 4 November, and I'd be grateful for a few minutes of feedback when you have time. My number is 07700 900123. I'll also send a short email. Thank you.",
        "If they say no\n\nI understand, thank you anyway.",
      ],
    },
    {
      name: "the chaser repeats the question it asked",
      type: "chaser",
      draft: DRAFTS.complete,
      has: ["My question was: What would make me a stronger candidate next time?"],
    },
    {
      name: "the chaser lists every question it asked",
      type: "chaser",
      draft: DRAFTS.everyQuestion,
      has: ["My questions were:\n- Which parts of my interview were weaker?\n- Which skills"],
    },
    {
      name: "keep me in mind mentions a new vacancy they have applied for",
      type: "keep-me-in-mind",
      draft: { ...DRAFTS.organisationOnly, newVacancy: "Planning Officer" },
      has: ["I have seen that you are recruiting for the Planning Officer role, and I have applied."],
    },
    {
      name: "keep me in mind says nothing about a new vacancy when none is given",
      type: "keep-me-in-mind",
      draft: DRAFTS.complete,
      lacks: ["recruiting for", "applied"],
      has: [],
    },
    {
      name: "checking on the outcome asks one question and offers an easy way out",
      type: "outcome-check",
      draft: DRAFTS.complete,
      has: [
        "Is there any news on the outcome, or a date by which you expect to decide?",
        "a one-line reply to say so is completely fine",
        "Checking in: Senior Designer at Northwind Studio",
      ],
    },
    {
      name: "the reply to feedback thanks them, names the point and asks the follow-up as a question",
      type: "feedback-reply",
      draft: { ...DRAFTS.complete, feedbackPoint: "giving shorter examples", followUp: "Which example ran long" },
      has: [
        "Thank you for taking the time to send feedback on my interview",
        "Your point about giving shorter examples is especially useful",
        "may I ask one follow-up question? Which example ran long? If you are busy, there is no need to reply.",
      ],
    },
    {
      name: "the reply to feedback without a follow-up asks nothing",
      type: "feedback-reply",
      draft: DRAFTS.complete,
      has: ["It is useful, and I will be working on it."],
      lacks: ["follow-up question", "?"],
    },
    {
      name: "keep me in mind thanks them without assuming an earlier thank-you",
      type: "keep-me-in-mind",
      draft: DRAFTS.complete,
      has: ["Thank you for your time and for letting me know the outcome."],
      lacks: ["again"],
    },
    {
      name: "one question is asked inside a sentence",
      type: "feedback-request",
      draft: DRAFTS.empty,
      has: ["In particular, it would help to know what would make me a stronger candidate next time. I appreciate"],
      lacks: ["\n- "],
    },
    {
      name: "two or more questions are a short list, and the letter goes on in a new paragraph",
      type: "feedback-request",
      draft: DRAFTS.everyQuestion,
      has: [
        "on my interview. In particular, it would help to know:\n- Which parts of my interview were weaker?\n- Which skills or experience would have made the biggest difference?\n- What would make me a stronger candidate next time?\n\nI appreciate that your time is limited",
      ],
    },
    {
      name: "a capitalised first letter and exclamation marks from a phone keyboard are tidied",
      type: "feedback-request",
      draft: DRAFTS.valuedAsTyped,
      has: ["I particularly valued hearing about the roadmap.\n\n"],
      lacks: ["!", "Hearing", "roadmap.."],
    },
    {
      name: "the phone script without questions asks one general one",
      type: "phone-script",
      draft: DRAFTS.noQuestions,
      has: ["Is there any feedback you can share on my interview?"],
    },
    {
      name: "the chaser never repeats the questions or the sales pitch",
      type: "chaser",
      draft: DRAFTS.complete,
      has: ["thank you again for considering me"],
      lacks: ["In particular", "similar roles"],
    },
  ];
  it.each(cases)("$name", ({ type, draft, has, lacks = [] }) => {
    const text = toPlainText(composeLetter(type, draft));
    for (const snippet of has) expect(text).toContain(snippet);
    for (const snippet of lacks) expect(text).not.toContain(snippet);
  });

  it.each(LETTER_TYPES)("the %s template shows bracketed gaps for every empty field", (type) => {
    const text = toPlainText(composeLetter(type, DRAFTS.empty, { gaps: true }));
    expect(text).toContain("[organisation]");
    expect(text).toContain("[date of interview]");
    expect(text).not.toContain("undefined");
    expect(text).not.toMatch(/ {2}|\n{3,}/);
  });

  it("never asks what the successful candidate had", () => {
    expect(JSON.stringify(WORDING)).not.toMatch(/successful candidate/i);
  });

  it("no sentence in the wording has an exclamation mark", () => {
    expect(JSON.stringify(WORDING)).not.toContain("!");
  });

  it("rejects a slot the wording does not know, so a typo cannot reach a reader", () => {
    expect(() => fill("Hello {nmae}", { name: "Jo" })).toThrow(/nmae/);
  });

  it("fills slots once, so typed text that looks like a slot stays literal", () => {
    expect(fill("Dear {name},", { name: "{position}" })).toBe("Dear {position},");
  });
});

describe("timing wording", () => {
  it.each(["feedback-request", "thank-you", "phone-script"] as const)(
    "the %s page gives the one rule: two or three working days",
    (type) => {
      expect(LETTER_INFO[type].when).toMatch(
        /within two or three working days of hearing, while the interview is fresh for both of you\.$/,
      );
      expect(LETTER_INFO[type].timing).toBe("heard");
    },
  );

  it("keep me in mind has no deadline: with the thank-you or about a month later", () => {
    expect(LETTER_INFO["keep-me-in-mind"].when).toContain("about a month later");
    expect(LETTER_INFO["keep-me-in-mind"].timing).toBeNull();
  });

  it("the chaser counts five working days from the feedback request", () => {
    expect(LETTER_INFO.chaser.when).toContain("Five working days after your feedback request");
    expect(LETTER_INFO.chaser.timing).toBe("requested");
  });

  it("no timing text contradicts the rule", () => {
    const all = JSON.stringify([Object.values(LETTER_INFO).map((info) => info.when), TIMING_WORDING]);
    for (const phrase of ["day or two", "couple of days", "a few weeks", "a week"]) expect(all).not.toContain(phrase);
  });
});

describe("the unsigned-email tip", () => {
  it.each([
    ["feedback-request", "", true],
    ["thank-you", "   ", true],
    ["chaser", "", true],
    ["keep-me-in-mind", "Sam", false],
    ["phone-script", "", false],
  ] as const)("%s with name %j: tip shown is %s", (type, senderName, expected) => {
    expect(lacksSignature(type, { senderName })).toBe(expected);
  });
});

describe("the feedback questions", () => {
  const choices = allSubsets(QUESTION_IDS);
  const cases = (["feedback-request", "thank-you", "phone-script"] as const).flatMap((type) =>
    choices.flatMap((questions) =>
      TONES.flatMap((tone) =>
        AUDIENCES.map((audience) => ({
          type,
          tone,
          audience,
          questions,
          draft: { ...DRAFTS.empty, tone, audience, questions, includeFeedback: true } as LetterDraft,
        })),
      ),
    ),
  );

  it.each(cases)(
    "$type ($tone, $audience) asks exactly $questions, as a list when there are two or more",
    ({ type, draft, questions }) => {
      const { body } = composeLetter(type, draft);
      expect(asksQuestions(type, draft)).toBe(true);
      const lines = body.split("\n");
      const listed = lines.filter((line) => line.startsWith("- "));
      const isList = type === "phone-script" ? questions.length > 0 : questions.length > 1;
      expect(listed).toHaveLength(isList ? questions.length : 0);
      if (isList) {
        const first = lines.findIndex((line) => line.startsWith("- "));
        expect(lines[first - 1]).toMatch(/:$/);
        // The list is one block: its lines are together and a blank line or the end follows.
        expect(lines.slice(first, first + questions.length).every((line) => /^- [A-Z].*\?$/.test(line))).toBe(true);
        expect(lines[first + questions.length] ?? "").toBe("");
      }
      if (questions.length === 1 && type !== "phone-script") expect(body).toMatch(/know [a-z][^.?\n]*\./);
    },
  );

  it("by default only the stronger-candidate question is ticked", () => {
    expect(DRAFTS.empty.questions).toEqual(["next-time"]);
  });
});

describe("the valued detail, as people type it", () => {
  it.each([
    ["Hearing how the team plans its releases", "hearing how the team plans its releases"],
    ["hearing how the team plans its releases!", "hearing how the team plans its releases."],
    ["The tour of the studio!!", "the tour of the studio."],
    ["The tour of the studio!.", "the tour of the studio."],
    ["The tour of the studio..", "the tour of the studio."],
    ["Why the team chose Rust?!", "why the team chose Rust?"],
    ["Great people! And a clear plan", "great people. And a clear plan"],
    ["BBC coverage of the launch", "BBC coverage of the launch"],
    ["NHS data work", "NHS data work"],
    ["McKinsey-style case question", "McKinsey-style case question"],
    ["I enjoyed the tour", "I enjoyed the tour"],
    ["I'm glad we talked about pay", "I'm glad we talked about pay"],
    ["Ideas the panel shared", "ideas the panel shared"],
    ["Priya’s answer on hybrid working", "Priya’s answer on hybrid working"],
    ["Leeds office tour", "Leeds office tour"],
    [".. Hearing about plans", "hearing about plans"],
    ["Great.. really kind", "great. really kind"],
    ["Hearing about the roadmap", "hearing about the roadmap"],
    ["  Meeting\n the team  ", "meeting the team"],
    ["!!!", ""],
    ["", ""],
  ])("%j becomes %j", (typed, expected) => {
    expect(toValuedPhrase(typed)).toBe(expected);
  });

  it.each([
    ["feedback-request", "formal", "I particularly valued the tour of the studio.\n"],
    ["thank-you", "warm", "I especially appreciated the tour of the studio.\n"],
    ["phone-script", "formal", "I enjoyed the interview, particularly the tour of the studio. Could you spare"],
  ] as const)("the %s (%s) runs the detail on from its own words", (type, tone, expected) => {
    const letter = composeLetter(type, { ...DRAFTS.empty, tone, valued: "The tour of the studio!" });
    expect(letter.body).toContain(expected);
  });

  const valuedText = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc
      .array(fc.constantFrom("Hearing", "the", "BBC", "I", "team", "!", "!!", ".", "?", " ", "É", "x"), {
        maxLength: 12,
      })
      .map((parts) => parts.join("")),
  );
  const plainText = fc.stringMatching(/^[A-Za-z ]{0,20}$/);

  it("never lets an exclamation mark or a doubled full stop through from the field", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LETTER_TYPES),
        fc.constantFrom(...TONES),
        fc.constantFrom(...AUDIENCES),
        valuedText,
        plainText,
        plainText,
        (type, tone, audience, valued, organisation, role) => {
          const draft: LetterDraft = { ...DRAFTS.empty, tone, audience, valued, organisation, role };
          const text = toPlainText(composeLetter(type, draft));
          expect(text).not.toMatch(/[!！]/);
          expect(text).not.toMatch(/[^.]\.\.(\s|$)/);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("lower-cases an ordinary first word a phone keyboard capitalised, and keeps names, I and acronyms", () => {
    const rest = fc.stringMatching(/^( [a-z]{1,8}){0,3}$/);
    fc.assert(
      fc.property(fc.constantFrom("The", "Hearing", "Meeting", "Your", "Learning", "How"), rest, (first, tail) => {
        expect(toValuedPhrase(first + tail)).toBe(first.toLowerCase() + tail);
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z][a-z]{1,8}[’']s$/), rest, (name, tail) => {
        expect(toValuedPhrase(name + tail)).toBe(name + tail);
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z]{2,5}$/), rest, (acronym, tail) => {
        expect(toValuedPhrase(acronym + tail)).toBe(acronym + tail);
      }),
    );
  });
});

describe("text helpers", () => {
  it.each([
    ["", 0],
    ["One two three.", 3],
    ["Dear Priya,\n\nThank you - really.", 5],
    ["👩🏽‍💻 café", 1],
  ])("countWords(%j) is %i", (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });

  it("keeps a word count for the letter body only", () => {
    const letter = composeLetter("chaser", DRAFTS.empty);
    expect(letterWordCount(letter)).toBe(countWords(letter.body));
  });
});

/** Every subset of a list, in its order. */
function allSubsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((subsets, item) => [...subsets, ...subsets.map((s) => [...s, item])], [[]]);
}

const anyDraft: fc.Arbitrary<LetterDraft> = fc.record({
  senderName: anyText,
  senderEmail: anyText,
  senderPhone: anyText,
  recipientName: anyText,
  recipientTitle: anyText,
  organisation: anyText,
  role: anyText,
  valued: anyText,
  newVacancy: anyText,
  feedbackPoint: anyText,
  followUp: anyText,
  interviewDate: fc.oneof(
    fc.constant(""),
    fc
      .date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  ),
  heardDate: fc.constant(""),
  requestedDate: fc.constant(""),
  tone: fc.constantFrom(...TONES),
  audience: fc.constantFrom(...AUDIENCES),
  questions: fc.subarray([...QUESTION_IDS]),
  nation: fc.constantFrom(...NATIONS),
  includeThanks: fc.boolean(),
  includeFeedback: fc.boolean(),
  includeFuture: fc.boolean(),
  askElsewhere: fc.boolean(),
});

describe("composeLetter with arbitrary text in every field", () => {
  it("never leaves placeholders, 'undefined', doubled spaces or runs of blank lines, and keeps every typed value", () => {
    fc.assert(
      fc.property(fc.constantFrom(...LETTER_TYPES), anyDraft, (type, draft) => {
        const letter = composeLetter(type, draft);
        const text = toPlainText(letter);
        expectWellFormed(text, draft);
        for (const field of FIELDS_SHOWN[type]) {
          const value = cleanField(draft[field]);
          if (value) expect(text).toContain(value);
        }
        expectValuedKept(type, text, draft.valued);
      }),
      { numRuns: 1500 },
    );
  });
});

/** Every letter, tone and audience, with every field filled and every option ticked. */
const fullCases = LETTER_TYPES.flatMap((type) =>
  TONES.flatMap((tone) =>
    AUDIENCES.map((audience) => ({
      type,
      tone,
      audience,
      draft: {
        ...DRAFTS.complete,
        tone,
        audience,
        newVacancy: "Lead Designer",
        feedbackPoint: "giving shorter examples",
        followUp: "Which example ran long?",
        includeThanks: true,
        includeFeedback: true,
      } as LetterDraft,
    })),
  ),
);

describe("wording that reads well with everything filled in", () => {
  it.each(fullCases)("the $type ($tone, to $audience) subject is at most 70 characters", ({ type, draft }) => {
    const { subject } = composeLetter(type, draft);
    if (subject !== null) expect(subject.length).toBeLessThanOrEqual(70);
  });

  it.each(fullCases)("the $type ($tone, to $audience) repeats no four-word phrase", ({ type, draft }) => {
    const { body } = composeLetter(type, draft);
    // The typed fields may repeat by design (the role in the opening and on the phone
    // to reception); only the template's own words are judged.
    const words = templateText(body, draft)
      .toLowerCase()
      .split(/[^a-z']+/)
      .filter(Boolean);
    const seen = new Map<string, number>();
    for (let i = 0; i + 4 <= words.length; i++) {
      const phrase = words.slice(i, i + 4).join(" ");
      seen.set(phrase, (seen.get(phrase) ?? 0) + 1);
    }
    const repeated = [...seen].filter(([, n]) => n > 1).map(([phrase]) => phrase);
    if (type === "phone-script") return; // a script says some lines in each branch on purpose
    expect(repeated).toEqual([]);
    expect(body.match(/\breally\b/g)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(body.match(/similar roles/g)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(body.match(/hearing about/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it("no opening suggests the person had to chase for the news", () => {
    for (const { type, draft } of fullCases) expect(composeLetter(type, draft).body).not.toMatch(/getting back to me/i);
  });
});

describe("the tip about asking for too much", () => {
  const count = (type: LetterType, patch: Partial<LetterDraft>) =>
    requestCount(LETTERS[type], { ...DRAFTS.empty, ...patch } as LetterDraft);
  it("counts the questions and the extra asks a letter makes", () => {
    expect(count("feedback-request", {})).toBe(1);
    expect(count("feedback-request", { questions: ["weaker-parts", "next-time"] })).toBe(2);
    expect(count("feedback-request", { questions: ["weaker-parts", "next-time"], includeFuture: true })).toBe(3);
    expect(count("feedback-request", { includeFuture: true, askElsewhere: true })).toBe(3);
  });
  it("ignores what the letter does not ask", () => {
    expect(count("thank-you", { questions: [...QUESTION_IDS] })).toBe(0);
    expect(count("keep-me-in-mind", { includeFuture: true })).toBe(0);
    expect(count("feedback-request", { askElsewhere: true })).toBe(1);
  });
});

describe("filling a template inserts typed text literally", () => {
  it("keeps $ patterns that String.replace would otherwise expand", () => {
    expect(fill("Chase feedback once: {about}", { about: "Ca$$h & $& analyst" })).toBe(
      "Chase feedback once: Ca$$h & $& analyst",
    );
    const letter = composeLetter("chaser", { ...DRAFTS.empty, role: "Ca$$h & $& analyst", organisation: "$'$`$1" });
    expect(letter.subject).toBe("Re: Feedback request: Ca$$h & $& analyst at $'$`$1");
  });

  it("inserts any text exactly, whatever $ sequences it holds", () => {
    const dollarText = fc.oneof(
      fc.string(),
      fc
        .array(fc.constantFrom("$", "$$", "$&", "$`", "$'", "$1", "$<x>", "{about}", "a", " "), { maxLength: 10 })
        .map((parts) => parts.join("")),
    );
    fc.assert(
      fc.property(dollarText, dollarText, (before, value) => {
        const template = `${before.replace(/[{}]/g, "")} {about} end`;
        expect(fill(template, { about: value })).toBe(`${before.replace(/[{}]/g, "")} ${value} end`);
      }),
      { numRuns: 1000 },
    );
  });
});
