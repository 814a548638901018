/**
 * The public address the site is published at, by default: canonical URLs, the sitemap,
 * the feed, the printed plan and calendar reminders need it. astro.config.mjs takes it
 * (SITE_URL overrides it when deploying elsewhere); pages read `Astro.site`.
 */
export const SITE_ORIGIN = "https://afterthe.no";

/** Facts about the site used in page metadata, the feed and llms.txt. */
export const SITE = {
  name: "After the No",
  tagline: "Kind, practical help after a job interview rejection",
  description:
    "Turned down after a job interview? Short, kind advice, a recovery plan you tick off and letters you can send, all kept private in your own browser.",
  /** The share image (1200x630 PNG, drawn in public/og-image.svg; scripts/og-image.mjs renders it). */
  ogImage: {
    path: "/og-image.png",
    width: 1200,
    height: 630,
    alt: "After the No: kind, practical help after a job interview rejection",
  },
  /** Browser chrome colours: the page background in light and dark (global.css --color-bg). */
  themeColor: { light: "#fbf7f2", dark: "#1a1613" },
  /**
   * Where readers report a mistake: the about page and every article link to it. It must be
   * an address the publisher actually reads; set it to undefined to withdraw the links (the
   * about page then says honestly that there is none).
   */
  reportMistakes: { href: "mailto:corrections@afterthe.no", label: "corrections@afterthe.no" } as
    { href: string; label: string } | undefined,
  /** The plain address behind reportMistakes, for article links that prefill a subject line. */
  correctionsEmail: "corrections@afterthe.no",
} as const;

/** Main navigation, in the order a reader needs it. */
export const NAV = [
  { href: "/advice/", label: "Advice" },
  { href: "/plan/", label: "Your plan" },
  { href: "/letters/", label: "Letters" },
] as const;

/** The tools, as the home page offers them: one tap each. */
export const TOOLS = [
  { href: "/advice/", title: "Advice", text: "Short, kind articles for each day after a no" },
  { href: "/plan/", title: "Your plan", text: "Next steps to tick off, saved in your browser" },
  { href: "/letters/", title: "Letters", text: "Thank-you notes and feedback requests, ready to send" },
  { href: "/debrief/", title: "Interview debrief", text: "The questions you were asked, turned into practice" },
] as const;
