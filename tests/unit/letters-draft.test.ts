import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  decodeDraft,
  encodeDraft,
  fromShareQuery,
  isBlankDraft,
  MAX_FIELD_LENGTH,
  shareConflicts,
  toDraft,
  toShareQuery,
} from "../../src/lib/letters/draft";
import { EMPTY_DRAFT } from "../../src/lib/letters/types";
import { DRAFTS } from "../fixtures/letter-drafts";

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
  it("carry the tone, role and organisation and never a name or contact detail", () => {
    const query = toShareQuery(DRAFTS.complete);
    const params = new URLSearchParams(query);
    expect([...params.keys()].sort()).toEqual(["organisation", "role", "tone"]);
    expect(query).not.toContain("Priya");
    expect(query).not.toContain("Sam");
  });

  it("read back only the fields they may carry", () => {
    expect(fromShareQuery("?tone=warm&role=Buyer&organisation=A%26B&recipientName=Eve&senderEmail=x")).toEqual({
      tone: "warm",
      role: "Buyer",
      organisation: "A&B",
    });
    expect(fromShareQuery("?recipientName=Eve")).toBeNull();
    expect(fromShareQuery("?tone=shouty")).toBeNull();
    expect(fromShareQuery("")).toBeNull();
  });

  it("round-trip any role and organisation", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 100 }),
        fc.string({ minLength: 1, maxLength: 100 }),
        (role, org) => {
          fc.pre(role.trim() === role && role !== "" && org.trim() === org && org !== "");
          const shared = fromShareQuery(toShareQuery({ tone: "warm", role, organisation: org }));
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
