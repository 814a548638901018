/**
 * The recovery plan's saved state: which steps are ticked and the person's notes,
 * and how it is stored. Everything read back from storage or a file is untrusted:
 * `toPlanState` keeps only the part that is valid and never throws.
 *
 * Stored shape, version 1 (key `atn:plan:v1`):
 *   { "version": 1, "steps": { "<step id>": { "done": true, "note": "text" } } }
 * Steps with no tick and no note are left out. Migrations from older versions are in
 * MIGRATIONS below; notes/plan.md says how to change the shape.
 */

export const PLAN_KEY = "atn:plan:v1";
export const PLAN_VERSION = 1;
/** The longest note kept, in characters (code points). */
export const NOTE_MAX = 500;
/** More entries than this cannot be ours: the rest are ignored. */
export const STEPS_MAX = 200;

/** A step id: lower-case words joined by hyphens (content/plan/steps.yaml). */
export const STEP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const STEP_ID_MAX = 48;

export interface StepState {
  readonly done: boolean;
  readonly note: string;
}

export interface PlanState {
  /** Keyed by step id; a prototype-free object so no key can reach Object.prototype. */
  readonly steps: Readonly<Record<string, StepState>>;
}

type Steps = Record<string, StepState>;

const newSteps = (): Steps => Object.create(null) as Steps;

/** A plan with nothing ticked and no notes. */
export function emptyPlan(): PlanState {
  return { steps: newSteps() };
}

/** True when `id` could be a step id (and so is safe as an object key). */
export function isStepId(id: unknown): id is string {
  return typeof id === "string" && id.length <= STEP_ID_MAX && STEP_ID.test(id);
}

/** True for a plain object (not null, not an array). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Cuts a note to NOTE_MAX code points, never splitting a character. */
export function toNote(value: unknown): string {
  if (typeof value !== "string") return "";
  if (value.length <= NOTE_MAX) return value;
  return Array.from(value.slice(0, NOTE_MAX * 2))
    .slice(0, NOTE_MAX)
    .join("");
}

/**
 * How older stored shapes become the next version. Version 0 is any unversioned
 * value: a bare list of ticked ids, or an object of id → true (the shape a first
 * sketch of the checklist used and the shape people tend to hand-write).
 */
const MIGRATIONS: Readonly<Record<number, (old: unknown) => unknown>> = {
  0: (old) => {
    const steps: Record<string, unknown> = newSteps();
    const ids = Array.isArray(old) ? old : isRecord(old) ? Object.keys(old).filter((id) => old[id] === true) : [];
    for (const id of ids.slice(0, STEPS_MAX)) if (isStepId(id)) steps[id] = { done: true };
    return { version: 1, steps };
  },
};

/** The version a parsed value claims: 0 when it has none. */
function versionOf(value: unknown): number {
  if (!isRecord(value)) return 0;
  const { version } = value;
  return typeof version === "number" && Number.isInteger(version) && version > 0 ? version : 0;
}

/** Brings any parsed value up to the current version's shape (still unvalidated). */
export function migrate(value: unknown): unknown {
  let current = value;
  let version = versionOf(current);
  // Each migration returns the next version's shape; a broken step cannot loop.
  for (let step = MIGRATIONS[version]; step && version < PLAN_VERSION; step = MIGRATIONS[version]) {
    current = step(current);
    const next = versionOf(current);
    if (next <= version) return undefined;
    version = next;
  }
  return version < PLAN_VERSION ? undefined : current;
}

/**
 * Turns any parsed value (old, current or newer version) into a valid PlanState,
 * keeping each valid step and dropping the rest. Never throws.
 */
export function toPlanState(value: unknown): PlanState {
  const migrated = migrate(value);
  const steps = newSteps();
  if (!isRecord(migrated) || !isRecord(migrated["steps"])) return { steps };
  const raw = migrated["steps"];
  let count = 0;
  for (const id of Object.keys(raw)) {
    if (count >= STEPS_MAX) break;
    if (!isStepId(id)) continue;
    const entry = raw[id];
    if (!isRecord(entry)) continue;
    const done = entry["done"] === true;
    const note = toNote(entry["note"]);
    if (!done && !note) continue;
    steps[id] = { done, note };
    count++;
  }
  return { steps };
}

/** Reads the stored text; anything unreadable gives an empty plan. Never throws. */
export function decodePlan(text: unknown): PlanState {
  if (typeof text !== "string") return emptyPlan();
  try {
    return toPlanState(JSON.parse(text));
  } catch {
    return emptyPlan();
  }
}

/** The stored text for a plan, or undefined for an empty plan (the key is removed). */
export function encodePlan(state: PlanState): string | undefined {
  const steps: Record<string, { done?: true; note?: string }> = {};
  let any = false;
  for (const [id, { done, note }] of Object.entries(state.steps)) {
    if (!done && !note) continue;
    steps[id] = done && note ? { done, note } : done ? { done } : { note };
    any = true;
  }
  return any ? JSON.stringify({ version: PLAN_VERSION, steps }) : undefined;
}

function withStep(state: PlanState, id: string, change: Partial<StepState>): PlanState {
  if (!isStepId(id)) return state;
  const steps = Object.assign(newSteps(), state.steps);
  const before = steps[id] ?? { done: false, note: "" };
  const after = { ...before, ...change };
  if (after.done || after.note) steps[id] = after;
  else delete steps[id];
  return { steps };
}

/** The plan with one step ticked or unticked. */
export function setDone(state: PlanState, id: string, done: boolean): PlanState {
  return withStep(state, id, { done });
}

/** The plan with one step's note replaced (cut to NOTE_MAX). */
export function setNote(state: PlanState, id: string, note: string): PlanState {
  return withStep(state, id, { note: toNote(note) });
}

/**
 * The plan without steps that are no longer in the content (a removed step's tick
 * is dropped; every other step is untouched). Returns the same object when nothing
 * was dropped, so callers can skip a save.
 */
export function keepKnownSteps(state: PlanState, knownIds: Iterable<string>): PlanState {
  const known = new Set(knownIds);
  const ids = Object.keys(state.steps);
  if (ids.every((id) => known.has(id))) return state;
  const steps = newSteps();
  for (const id of ids) if (known.has(id)) steps[id] = state.steps[id] as StepState;
  return { steps };
}

/** How many steps are ticked and how many have notes. */
export function countPlan(state: PlanState): { ticks: number; notes: number } {
  let ticks = 0;
  let notes = 0;
  for (const { done, note } of Object.values(state.steps)) {
    if (done) ticks++;
    if (note) notes++;
  }
  return { ticks, notes };
}

/** A step as comparable text: "" when it is not in the plan. */
export const stepText = (step: StepState | undefined): string => (step ? JSON.stringify([step.done, step.note]) : "");

/** The plan as independent fields, one per step, for merging tabs (src/platform/storage/rebase.ts). */
export function planFields(state: PlanState): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [id, step] of Object.entries(state.steps)) fields[id] = stepText(step);
  return fields;
}

/** The plan from its fields (the inverse of `planFields`); anything unreadable is dropped. */
export function planFromFields(fields: Readonly<Record<string, string>>): PlanState {
  let state = emptyPlan();
  for (const [id, text] of Object.entries(fields)) {
    try {
      const [done, note] = JSON.parse(text) as unknown[];
      state = setNote(setDone(state, id, done === true), id, typeof note === "string" ? note : "");
    } catch {
      // "" (a step removed here) or damaged text: the step is left out.
    }
  }
  return state;
}
