import { beforeEach, describe, expect, it } from "vitest";
import {
  $letterDraft,
  applyShared,
  resetDraft,
  setAudience,
  setFlag,
  setTextField,
  setTone,
  toggleQuestion,
} from "../../src/stores/letter";
import { EMPTY_DRAFT } from "../../src/lib/letters/types";

describe("$letterDraft actions", () => {
  beforeEach(() => resetDraft());

  it("starts from the empty draft", () => {
    expect($letterDraft.get()).toEqual(EMPTY_DRAFT);
  });

  it("sets text, tone, audience and options through named actions", () => {
    setTextField("organisation", "Acme");
    setTone("warm");
    setAudience("agency");
    setFlag("includeFuture", true);
    expect($letterDraft.get()).toMatchObject({
      organisation: "Acme",
      tone: "warm",
      audience: "agency",
      includeFuture: true,
    });
  });

  it("toggles questions without duplicates, keeping the asking order stable", () => {
    toggleQuestion("weaker-parts", false);
    toggleQuestion("weaker-parts", true);
    toggleQuestion("weaker-parts", true);
    expect($letterDraft.get().questions.filter((q) => q === "weaker-parts")).toHaveLength(1);
  });

  it("ignores an impossible date", () => {
    setTextField("interviewDate", "2025-02-30");
    expect($letterDraft.get().interviewDate).toBe("");
  });

  it("applies only the fields a share link may carry", () => {
    applyShared({ role: "Buyer", organisation: "A&B", tone: "warm", ...({ recipientName: "Eve" } as object) });
    expect($letterDraft.get()).toMatchObject({ role: "Buyer", organisation: "A&B", tone: "warm", recipientName: "" });
  });

  it("Start again empties the draft", () => {
    setTextField("senderName", "Sam");
    resetDraft();
    expect($letterDraft.get()).toEqual(EMPTY_DRAFT);
  });
});
