import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decodeDraft, encodeDraft, isBlankDraft, MAX_FIELD_LENGTH, toDraft } from "./draft";
import { fromShareHash, shareConflicts, toShareHash } from "./share";
import { EMPTY_DRAFT } from "./types";
import { DRAFTS, STORED_BEFORE_REFERENCES } from "./fixtures";

describe("reading a stored draft (untrusted input)", () => {
  it.each([
    ["nothing stored", undefined],
    ["broken JSON", "{not json"],
    ["null", "null"],
    ["an array", "[1,2,3]"],
    ["a number", "42"],
    ["a prototype trick", '{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}'],
  ])("%s gives the empty draft", (_name, stored) => {
    expect(decodeDraft(stored)).toEqual(EMPTY_DRAFT);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("keeps valid fields and drops wrong types, unknown keys and impossible values", () => {
    const draft = toDraft({
      senderName: "Sam",
      recipientName: 7,
      tone: "shouty",
      audience: "agency",
      interviewDate: "2025-02-30",
      heardDate: "2025-11-07",
      questions: ["next-time", "drop-table", "next-time"],
      includeFuture: "yes",
      askElsewhere: true,
      extra: "ignored",
    });
    expect(draft).toEqual({
      ...EMPTY_DRAFT,
      senderName: "Sam",
      audience: "agency",
      heardDate: "2025-11-07",
      questions: ["next-time"],
      askElsewhere: true,
    });
    expect(draft).not.toHaveProperty("extra");
  });

  it("reads a question saved under its old id as the renamed question", () => {
    expect(toDraft({ questions: ["successful-candidate", "next-time"] }).questions).toEqual([
      "biggest-difference",
      "next-time",
    ]);
    expect(toDraft({ questions: ["successful-candidate", "biggest-difference"] }).questions).toEqual([
      "biggest-difference",
    ]);
  });

  it("reads a draft saved before the chaser's date existed", () => {
    const stored = JSON.stringify({ senderName: "Sam", heardDate: "2025-11-07" });
    expect(decodeDraft(stored)).toMatchObject({ senderName: "Sam", heardDate: "2025-11-07", requestedDate: "" });
  });

  it("reads a draft saved before the job reference, the chaser's choice and the panel chair existed", () => {
    expect(decodeDraft(JSON.stringify(STORED_BEFORE_REFERENCES))).toEqual({
      senderName: "Sam Taylor",
      senderEmail: "sam@example.com",
      senderPhone: "",
      recipientName: "Priya Shah",
      recipientTitle: "",
      organisation: "Northwind Studio",
      role: "Senior Designer",
      jobReference: "",
      valued: "",
      newVacancy: "",
      feedbackPoint: "",
      followUp: "",
      otherDates: "",
      candidateRef: "",
      complaintPoint: "",
      interviewDate: "2025-11-04",
      heardDate: "2025-11-07",
      requestedDate: "2025-11-10",
      sarReceivedDate: "",
      complaintDate: "",
      lastContactDate: "",
      // A subject access request asks for every record, electronically, from the DPO, until the reader says otherwise.
      records: ["notes", "scores", "tests", "messages", "decision", "screening"],
      electronicCopy: true,
      toDpo: true,
      tone: "formal",
      audience: "hiring-manager",
      chasing: "feedback-request",
      questions: ["next-time"],
      nation: "scotland",
      includeThanks: true,
      includeFeedback: false,
      includeFuture: true,
      askElsewhere: true,
    });
  });

  it("keeps the chaser's choice and a panel chair, and drops an unknown choice", () => {
    expect(toDraft({ chasing: "outcome-check", audience: "panel-chair" })).toMatchObject({
      chasing: "outcome-check",
      audience: "panel-chair",
    });
    expect(toDraft({ chasing: "ransom" }).chasing).toBe("feedback-request");
    expect(toDraft({ jobReference: 4567 }).jobReference).toBe("");
    expect(toDraft({ jobReference: "123-AB-4567" }).jobReference).toBe("123-AB-4567");
  });

  it("caps very long fields", () => {
    expect(toDraft({ valued: "x".repeat(MAX_FIELD_LENGTH + 5) }).valued).toHaveLength(MAX_FIELD_LENGTH);
    expect(toDraft({ valued: "x".repeat(10_000) }).valued).toHaveLength(10_000);
  });

  it.each(Object.entries(DRAFTS))("the %s draft survives a round trip through storage", (_name, draft) => {
    expect(decodeDraft(encodeDraft(draft))).toEqual(draft);
  });

  it("never throws and always gives a complete draft for any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const draft = decodeDraft(JSON.stringify(value));
        expect(Object.keys(draft).sort()).toEqual(Object.keys(EMPTY_DRAFT).sort());
      }),
    );
  });
});

describe("share links", () => {
  it("carry the letter, tone, role and organisation in the fragment, never a name or contact detail", () => {
    const hash = toShareHash("feedback-request", DRAFTS.complete);
    expect(hash.startsWith("#letter=feedback-request&")).toBe(true);
    const params = new URLSearchParams(hash.slice(1));
    expect([...params.keys()].sort()).toEqual(["letter", "organisation", "role", "tone"]);
    expect(params.get("role")).toBe("Senior Designer");
    expect(hash).not.toContain("?");
    expect(hash).not.toContain("Priya");
    expect(hash).not.toContain("Sam");
  });

  it("read back only the fields they may carry", () => {
    expect(
      fromShareHash("#letter=feedback-request&tone=warm&role=Buyer&organisation=A%26B&recipientName=Eve&senderEmail=x"),
    ).toEqual({ tone: "warm", role: "Buyer", organisation: "A&B" });
    expect(fromShareHash("#letter=chaser&recipientName=Eve")).toBeNull();
    expect(fromShareHash("#letter=chaser&tone=shouty")).toBeNull();
    expect(fromShareHash("")).toBeNull();
  });

  it.each([
    ["an ordinary anchor", "#letter-heading"],
    ["fields without the letter marker", "#tone=warm&role=Buyer"],
    ["an unknown letter", "#letter=ransom-note&role=Buyer"],
  ])("ignore %s", (_name, hash) => {
    expect(fromShareHash(hash)).toBeNull();
  });

  it("round-trip any role and organisation", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 100 }),
        fc.string({ minLength: 1, maxLength: 100 }),
        (role, org) => {
          fc.pre(role.trim() === role && role !== "" && org.trim() === org && org !== "");
          const shared = fromShareHash(toShareHash("chaser", { tone: "warm", role, organisation: org }));
          expect(shared).toEqual({ tone: "warm", role, organisation: org });
        },
      ),
    );
  });

  it.each([
    ["a blank draft is filled without asking", DRAFTS.empty, { role: "Buyer" }, false],
    ["a started draft with a different role asks first", DRAFTS.roleOnly, { role: "Buyer" }, true],
    ["a started draft with the same values does not ask", DRAFTS.roleOnly, { role: "Data Analyst" }, false],
    ["a started draft with a different tone asks first", DRAFTS.roleOnly, { tone: "warm" as const }, true],
  ])("%s", (_name, draft, shared, expected) => {
    expect(shareConflicts(draft, shared)).toBe(expected);
  });

  it("knows a blank draft from a started one", () => {
    expect(isBlankDraft(DRAFTS.empty)).toBe(true);
    expect(isBlankDraft(DRAFTS.roleOnly)).toBe(false);
  });
});

describe("the bank-holiday nation in a draft", () => {
  it("defaults to England and Wales, keeps a known nation and drops anything else", () => {
    expect(toDraft({}).nation).toBe("england-and-wales");
    expect(toDraft({ nation: "scotland" }).nation).toBe("scotland");
    expect(toDraft({ nation: "northern-ireland" }).nation).toBe("northern-ireland");
    expect(toDraft({ nation: "wales", role: "Buyer" })).toMatchObject({ nation: "england-and-wales", role: "Buyer" });
  });
});
