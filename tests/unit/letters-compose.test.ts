import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fill, toPlainText, letterWordCount, toValuedPhrase } from "../../src/lib/letters/compose";
import { asksQuestions, composeLetter, lacksSignature, LETTERS } from "../../src/lib/letters/registry";
import { cleanField, countWords } from "../../src/lib/letters/text";
import {
  AUDIENCES,
  LETTER_TYPES,
  QUESTION_IDS,
  TEXT_FIELDS,
  TONES,
  type LetterDraft,
  type LetterType,
} from "../../src/lib/letters/types";

import { FEEDBACK_WORDS } from "../../src/lib/letters/feedback-words";
import { QUESTION_LIST, SHARED, TIMING_WORDING } from "../../src/lib/letters/wording";

/** Every sentence any letter can write: the shared ones and each entry's own. */
const WORDING = {
  SHARED,
  FEEDBACK_WORDS,
  QUESTION_LIST,
  letters: Object.values(LETTERS).map((letter) => letter.wording),
};
const LETTER_INFO = LETTERS;
import { DRAFTS, type DraftName } from "../fixtures/letter-drafts";

/** Every letter, every fixture, both tones. */
const everyCase = LETTER_TYPES.flatMap((type) =>
  (Object.keys(DRAFTS) as DraftName[]).flatMap((name) =>
    TONES.map((tone) => ({ type, name, tone, draft: { ...DRAFTS[name], tone } as LetterDraft })),
  ),
);

/** The text the template wrote, with everything the person typed taken out. */
function templateText(text: string, draft: LetterDraft): string {
  let rest = text;
  // The valued field is tidied (first letter, "!"), so its tidied form is what to remove.
  const typed = TEXT_FIELDS.map((key) => (key === "valued" ? toValuedPhrase(draft[key]) : cleanField(draft[key])))
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  for (const value of typed) rest = rest.split(value).join("");
  return rest;
}

/** Which typed fields each letter shows exactly as typed (the valued field is checked apart). */
const FIELDS_SHOWN: Record<LetterType, readonly (typeof TEXT_FIELDS)[number][]> = {
  "feedback-request": TEXT_FIELDS.filter((f) => f !== "recipientTitle" && f !== "valued"),
  "thank-you": TEXT_FIELDS.filter((f) => f !== "recipientTitle" && f !== "valued"),
  "keep-me-in-mind": TEXT_FIELDS.filter((f) => f !== "recipientTitle" && f !== "valued"),
  chaser: TEXT_FIELDS.filter((f) => f !== "recipientTitle" && f !== "valued"),
  "phone-script": TEXT_FIELDS.filter((f) => f !== "valued"),
};

const PUNCTUATION = /[!！?？.]/gu;

/**
 * The valued field is kept apart from its first letter (whose case may change) and its
 * sentence punctuation ("!" becomes "."): everything else must reach the letter.
 */
function expectValuedKept(type: LetterType, text: string, valued: string): void {
  if (type === "chaser") return;
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
  it.each(everyCase)("writes a well-formed $type ($tone) for the $name draft", ({ type, draft }) => {
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
      name: "no recipient name gives a neutral greeting and 'Yours faithfully'",
      type: "feedback-request",
      draft: DRAFTS.empty,
      has: ["Dear hiring manager,", "Yours faithfully,", "for the role."],
    },
    {
      name: "a named recipient gets 'Dear' and 'Yours sincerely'",
      type: "feedback-request",
      draft: DRAFTS.noQuestions,
      has: ["Dear Dr Okafor,", "Yours sincerely,"],
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
      has: ["Dear recruitment team,", "pass on my thanks to the interview panel", "learning more about Acme"],
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
      has: ["for the Data Analyst role.", "Following up my request for feedback: Data Analyst interview"],
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
      name: "the phone script asks for the recipient by name and job title",
      type: "phone-script",
      draft: DRAFTS.complete,
      has: [
        "Could I speak to Priya Shah, the Head of Design, please?",
        "- What would make me a stronger candidate next time?",
      ],
    },
    {
      name: "the phone script thanks the interviewer for the interview and says what they valued in the opening",
      type: "phone-script",
      draft: DRAFTS.complete,
      has: [
        "Thank you for taking my call, and for interviewing me. I enjoyed the interview, particularly hearing how the team plans its releases. I wondered whether",
      ],
    },
    {
      name: "the phone script asks an agency consultant about the client's feedback, without thanking them for an interview",
      type: "phone-script",
      draft: DRAFTS.agencyUnnamed,
      has: ["Thank you for taking my call. I wanted to ask whether your client shared any feedback on my interview."],
      lacks: ["for the interview", "interviewing me"],
    },
    {
      name: "the phone script asks an HR team whether the panel could share feedback",
      type: "phone-script",
      draft: DRAFTS.hrTeam,
      has: [
        "Thank you for taking my call. I wanted to ask whether the panel could share any feedback on my interview.",
      ],
      lacks: ["for the interview", "interviewing me"],
    },
    {
      name: "the phone script closes with thanks once, giving contact details only if asked",
      type: "phone-script",
      draft: DRAFTS.complete,
      has: [
        "Closing\n\nThat is really helpful. (If they ask: my email address is sam@example.com, and my phone number is 07700 900123.) Thank you for your time. Goodbye.",
      ],
      lacks: ["Thank you again", "Thank you, that"],
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
    ["phone-script", "formal", "I enjoyed the interview, particularly the tour of the studio. I wondered"],
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

/** Arbitrary text of every kind: ASCII, any code point, lone surrogates, markup. */
const anyText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom(
    "<script>alert(1)</script>",
    "javascript:alert(1)",
    "& # + %",
    "{name}",
    "[x]",
    "undefined",
    "  ",
    "a.",
    "\n\n\n",
  ),
);

const anyDraft: fc.Arbitrary<LetterDraft> = fc.record({
  senderName: anyText,
  senderEmail: anyText,
  senderPhone: anyText,
  recipientName: anyText,
  recipientTitle: anyText,
  organisation: anyText,
  role: anyText,
  valued: anyText,
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
