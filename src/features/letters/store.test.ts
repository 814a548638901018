import { beforeEach, describe, expect, it } from "vitest";
import {
  $letterDraft,
  applyShared,
  letterStorage,
  reloadDraft,
  resetDraft,
  setAudience,
  setFlag,
  setTextField,
  setTone,
  toggleQuestion,
} from "./store";
import { EMPTY_DRAFT } from "./types";

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

describe("the stored draft", () => {
  const KEY = "atn:letter:v1";
  const engine = letterStorage.engine;
  const stored = () => (engine[KEY] === undefined ? undefined : JSON.parse(engine[KEY]!));
  beforeEach(() => resetDraft());

  it("stores nothing when a share link fills the form, and everything at the first edit", () => {
    applyShared({ role: "Data analyst", organisation: "Initech" });
    expect($letterDraft.get()).toMatchObject({ role: "Data analyst", organisation: "Initech" });
    expect(engine[KEY]).toBeUndefined();
    setTextField("senderName", "Sam");
    expect(stored()).toMatchObject({ role: "Data analyst", organisation: "Initech", senderName: "Sam" });
  });

  it("keeps a field another tab stored when this tab edits a different field", () => {
    setTextField("organisation", "Acme");
    // Another tab types a name: it reaches storage, not this tab's memory.
    engine[KEY] = JSON.stringify({ ...stored(), senderName: "Jo" });
    setTextField("role", "Buyer");
    expect(stored()).toMatchObject({ organisation: "Acme", senderName: "Jo", role: "Buyer" });
    expect($letterDraft.get()).toMatchObject({ organisation: "Acme", senderName: "Jo", role: "Buyer" });
  });

  it("picks up another tab's change, and an emptied draft after Delete everything", () => {
    setTextField("senderName", "Sam");
    engine[KEY] = JSON.stringify({ ...stored(), organisation: "Initech" });
    reloadDraft();
    expect($letterDraft.get()).toMatchObject({ senderName: "Sam", organisation: "Initech" });
    delete engine[KEY];
    reloadDraft();
    expect($letterDraft.get()).toEqual(EMPTY_DRAFT);
    setTextField("role", "B");
    expect(stored()).toMatchObject({ role: "B", senderName: "", organisation: "" });
  });
});
