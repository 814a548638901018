import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { articleSchema } from "./features/advice/schema";
import { planGroupSchema } from "./features/plan/plan-schema";

// Articles live in the top-level content/ folder so writers never need to open src/.
const advice = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./content/advice" }),
  schema: articleSchema,
});

// The recovery plan: its groups, each with its steps in reading order (see the file's header).
const plan = defineCollection({
  loader: file("./content/plan/plan.yaml"),
  schema: planGroupSchema,
});

export const collections = { advice, plan };
