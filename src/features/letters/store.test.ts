import { beforeEach, describe, expect, it, vi } from "vitest";
import { storageEngine } from "../../platform/storage/status";
import {
  $letterDraft,
  applyShared,
  preselectChasing,
  resetDraft,
  restoreDraft,
  setAudience,
  setChasing,
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

  it("Start again empties the draft and returns what was there", async () => {
    await setTextField("senderName", "Sam");
    expect(resetDraft()).toMatchObject({ senderName: "Sam" });
    expect($letterDraft.get()).toEqual(EMPTY_DRAFT);
  });
});

describe("the stored draft", () => {
  const KEY = "atn:letter:v1";
  const stored = () => {
    const text = storageEngine.read(KEY);
    return text === undefined ? undefined : JSON.parse(text);
  };
  // Something on the page listens, as the island does.
  $letterDraft.listen(() => {});
  beforeEach(() => resetDraft());

  it("stores nothing when a share link fills the form, and everything at the first edit", async () => {
    await applyShared({ role: "Data analyst", organisation: "Initech" });
    expect($letterDraft.get()).toMatchObject({ role: "Data analyst", organisation: "Initech" });
    expect(storageEngine.read(KEY)).toBeUndefined();
    await setTextField("senderName", "Sam");
    expect(stored()).toMatchObject({ role: "Data analyst", organisation: "Initech", senderName: "Sam" });
  });

  it("shows the chaser's choice a link made without storing it, and stores a choice the person makes", async () => {
    preselectChasing("outcome-check");
    expect($letterDraft.get().chasing).toBe("outcome-check");
    expect(storageEngine.read(KEY)).toBeUndefined();
    await setTextField("role", "Teaching Assistant");
    expect(stored()).toMatchObject({ chasing: "outcome-check", role: "Teaching Assistant" });
    await setChasing("feedback-request");
    expect(stored()).toMatchObject({ chasing: "feedback-request" });
  });

  it("keeps a field another tab stored when this tab edits a different field", async () => {
    await setTextField("organisation", "Acme");
    // Another tab types a name: it reaches storage, not this tab's memory.
    storageEngine.write(KEY, JSON.stringify({ ...stored(), senderName: "Jo" }));
    await setTextField("role", "Buyer");
    expect(stored()).toMatchObject({ organisation: "Acme", senderName: "Jo", role: "Buyer" });
    expect($letterDraft.get()).toMatchObject({ organisation: "Acme", senderName: "Jo", role: "Buyer" });
  });

  it("removes the key on Start again, and Undo stores the draft again", async () => {
    await setTextField("senderName", "Sam");
    await setTone("warm");
    const previous = resetDraft();
    expect($letterDraft.get()).toEqual(EMPTY_DRAFT);
    await vi.waitFor(() => expect(storageEngine.read(KEY)).toBeUndefined());
    await restoreDraft(previous);
    expect(stored()).toMatchObject({ senderName: "Sam", tone: "warm" });
  });
});
