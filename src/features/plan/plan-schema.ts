import { z } from "astro/zod";
import { STEP_ID } from "./plan-state";
import { searchTermsSchema } from "../advice/schema";

/**
 * The recovery plan's groups, by time. The ids are page anchors (/plan/#first-days)
 * that articles link to, and <PlanGroup group="…"> takes them: never rename one.
 */
export const PLAN_GROUP_IDS = ["first-days", "first-week", "next-interview"] as const;
export type PlanGroupId = (typeof PLAN_GROUP_IDS)[number];

const HELP_HREF = /^\/(?:advice|letters)\/[a-z0-9]+(?:-[a-z0-9]+)*\/(?:#[a-z0-9-]+)?$/;

/**
 * One step. Its `id` is its identity in people's saved progress: change the label,
 * hint or link freely, never the id (see the README, “Saved data”).
 */
// Strict: an unknown key is a typo, or a YAML value cut short at a comma.
export const planStepSchema = z.strictObject({
  id: z.string().regex(STEP_ID, "step id must be lower-case words joined by hyphens").max(48),
  label: z
    .string()
    .min(8, "label is too short to say what to do")
    .max(60, "label should be short (60 characters at most): put the detail in the hint")
    .refine((s) => /^[A-Z]/.test(s), { message: "label should start with a capital letter (a verb: 'Ask', 'Write')" })
    .refine((s) => !/[.!?]$/.test(s), { message: "label should not end with punctuation" }),
  hint: z
    .string()
    .max(140, "hint should be one line (140 characters at most)")
    .refine((s) => !s.includes("\n"), { message: "hint should be a single line" })
    .refine((s) => /[.?]$/.test(s), { message: "hint should end with a full stop or question mark" })
    .optional(),
  help: z
    .strictObject({
      href: z.string().regex(HELP_HREF, "help.href must be /advice/<slug>/ or /letters/<slug>/"),
      /** Only for letter pages: a link to an article takes the article's title. */
      text: z.string().min(5, "link text should say where it goes").max(60).optional(),
    })
    .refine((help) => help.href.startsWith("/advice/") || help.text, {
      message: "a link to a letter page needs help.text (an article link takes the article's title)",
    }),
});

/** A group as written in content/plan/plan.yaml (the file loader takes `id` itself). */
export const planGroupSchema = z.object({
  title: z.string().min(5).max(40, "group title should be short (40 characters at most)"),
  intro: z.string().min(10).max(120, "intro should be one short line (120 characters at most)"),
  searchTerms: searchTermsSchema,
  steps: z
    .array(planStepSchema)
    .min(1, "a group needs at least one step")
    .refine((steps) => new Set(steps.map((s) => s.id)).size === steps.length, {
      message: "step ids must be unique (a repeated id would share one tick)",
    }),
});

/** The same, with the group id, for checking the raw file in tests. */
export const planGroupEntrySchema = planGroupSchema.extend({
  id: z.enum(PLAN_GROUP_IDS, { message: `group id must be one of ${PLAN_GROUP_IDS.join(", ")}` }),
});

export type PlanStepData = z.infer<typeof planStepSchema>;
export type PlanGroupData = z.infer<typeof planGroupSchema>;
