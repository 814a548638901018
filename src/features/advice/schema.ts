import { z } from "astro/zod";
import { JOURNEY_STEPS } from "./journey";

/**
 * The points of the content brief (../shared/CONTENT-BRIEF.md, "Points the articles
 * must cover") plus the extra ground the library covers. Articles name the points
 * they cover in `topics`, and a unit test checks every brief point is covered.
 */
export const BRIEF_POINTS = [
  "it-hurts",
  "rejection-is-common",
  "interviewers-are-human",
  "what-went-right",
  "why-not-chosen",
  "ask-for-feedback",
  "say-thank-you",
  "door-still-open",
  "keep-applying",
] as const;

export const EXTRA_TOPICS = [
  "decode-feedback",
  "uk-rights",
  "feedback-plan",
  // Readers the brief's nine points leave out (issue 10): each has its own article.
  "never-heard-back",
  "internal-candidate",
  "rejected-again",
  "graduate-schemes",
  "final-round",
  "careers-help",
  // Readers issue 26 names: public-sector candidates, benefit claimants, disabled and
  // neurodivergent candidates, career changers and older candidates, withdrawn offers.
  "public-sector",
  "benefits",
  "adjustments",
  "career-change",
  "offer-withdrawn",
] as const;

export const TOPICS = [...BRIEF_POINTS, ...EXTRA_TOPICS] as const;

/** The steps of the home-page journey, in the order a reader meets them (ids from src/features/advice/journey.ts). */
export { JOURNEY_STEPS };

/**
 * What each source is, said honestly, so a reader can weigh it (issue 26). "law" is the text
 * itself (legislation.gov.uk); "official guidance" a public body that applies it or runs the
 * service; "careers-service guidance" a university or public careers service; "news report"
 * journalism about an event; "charity" an advice charity such as Age UK or Citizens Advice;
 * "survey" research with its method published; "recruiter practice"
 * a recruiter or HR adviser describing its own trade; "commercial" anything written to sell
 * (a product's or platform's blog), shown to readers as commercial.
 */
export const SOURCE_KINDS = [
  "law",
  "official guidance",
  "careers-service guidance",
  "survey",
  "news report",
  "charity",
  "recruiter practice",
  "commercial",
] as const;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real day such as 2026-02-28; false for 2026-02-31, which Date would roll into March. */
const isCalendarDay = (d: string): boolean => {
  const date = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === d;
};

/** Today as YYYY-MM-DD in UTC, so the "not in the future" rule is stable across time zones. */
const todayIso = (): string => new Date().toISOString().slice(0, 10);

const internalHref = z.string().refine((href) => href.startsWith("/") && !href.startsWith("//"), {
  message: "must be a site-relative link starting with / (for example /advice/saying-thank-you/)",
});

/**
 * Words readers type for a page that its text may not use ("ghosted", "no reply",
 * "chaser"). Pages pass them to the layout, which makes them searchable.
 */
export const searchTermsSchema = z
  .array(z.string().min(2).max(40, "a search term is a word or short phrase (40 characters at most)"))
  .max(16, "keep search terms to the words readers really type (16 at most)")
  .default([]);

/**
 * A page the article draws on. The address is required: a source a reader cannot open
 * ("careers-service guidance on …") cannot be checked, so it does not count as a source.
 */
export const sourceSchema = z.strictObject({
  title: z.string().min(3, "source title is too short to tell a reader what it is"),
  url: z.url({
    protocol: /^https$/,
    hostname: z.regexes.domain,
    error: (issue) =>
      issue.input === undefined
        ? "every source needs a url: the https:// address of the page, so readers can check it"
        : "source url must be an https:// address",
  }),
  kind: z.enum(SOURCE_KINDS),
});

// Strict, so a misspelt field name (lastreviewed, relatd) fails instead of vanishing.
export const articleSchema = z.strictObject({
  title: z.string().min(5).max(80, "title should fit on two lines of a phone (80 characters at most)"),
  summary: z
    .string()
    .min(40, "summary should be one full sentence (40 characters at least)")
    .max(200, "summary should be one sentence of 200 characters at most")
    .refine((s) => /[.?]$/.test(s.trim()), { message: "summary should end with a full stop or question mark" })
    .refine((s) => !/[.?!]\s+[A-Z]/.test(s.trim().slice(0, -1)), {
      message: "summary should be a single sentence",
    }),
  lastReviewed: z
    .string()
    .regex(ISO_DAY, "lastReviewed must be a date written YYYY-MM-DD (quote it in YAML)")
    .refine((d) => isCalendarDay(d), { message: "lastReviewed is not a real calendar date" })
    .refine((d) => d <= todayIso(), { message: "lastReviewed cannot be in the future" }),
  sources: z.array(sourceSchema).min(1, "list at least one source the article draws on"),
  journey: z.enum(JOURNEY_STEPS),
  order: z.number().int().min(0),
  topics: z.array(z.enum(TOPICS)).min(1, "name at least one topic the article covers"),
  related: z.array(z.string().regex(/^[a-z0-9-]+$/, "related entries are article slugs")).default([]),
  searchTerms: searchTermsSchema,
  whatToDoNow: z.strictObject({
    text: z.string().min(20, "say what to do in a sentence"),
    links: z
      .array(z.object({ label: z.string().min(3), href: internalHref }))
      .min(1, "link to at least one next step (a checklist, a letter or an article)"),
  }),
});

export type ArticleData = z.infer<typeof articleSchema>;
export type JourneyStep = (typeof JOURNEY_STEPS)[number];
export type Topic = (typeof TOPICS)[number];
