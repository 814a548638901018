import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { composeLetter, fill, toPlainText, letterWordCount } from "../../src/lib/letters/compose";
import { cleanField, countWords, joinList } from "../../src/lib/letters/text";
import {
  AUDIENCES,
  LETTER_TYPES,
  QUESTION_IDS,
  TEXT_FIELDS,
  TONES,
  type LetterDraft,
  type LetterType,
} from "../../src/lib/letters/types";
import { WORDING } from "../../src/lib/letters/wording";
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
  const typed = TEXT_FIELDS.map((key) => cleanField(draft[key]))
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  for (const value of typed) rest = rest.split(value).join("");
  return rest;
}

/** Which typed fields each letter shows. */
const FIELDS_SHOWN: Record<LetterType, readonly (typeof TEXT_FIELDS)[number][]> = {
  "feedback-request": TEXT_FIELDS.filter((f) => f !== "recipientTitle"),
  "thank-you": TEXT_FIELDS.filter((f) => f !== "recipientTitle"),
  "keep-me-in-mind": TEXT_FIELDS.filter((f) => f !== "recipientTitle"),
  chaser: TEXT_FIELDS.filter((f) => f !== "recipientTitle" && f !== "valued"),
  "phone-script": TEXT_FIELDS,
};

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
      has: ["Could I speak to Priya Shah, the Head of Design, please?", "- Which parts of my interview were weaker?"],
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

describe("text helpers", () => {
  it.each([
    [[], ""],
    [["a"], "a"],
    [["a", "b"], "a and b"],
    [["a", "b", "c"], "a, b and c"],
  ])("joinList(%j) is %j", (items, expected) => {
    expect(joinList(items)).toBe(expected);
  });

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
      }),
      { numRuns: 1500 },
    );
  });
});
