/** Facts about the site used in page metadata, the feed and llms.txt. */
export const SITE = {
  name: "After the No",
  tagline: "Kind, practical help after a job interview rejection",
  description:
    "Turned down after a job interview? Short, kind advice, a recovery plan you tick off and letters you can send, all kept private in your own browser.",
} as const;

/** Main navigation, in the order a reader needs it. */
export const NAV = [
  { href: "/advice/", label: "Advice" },
  { href: "/plan/", label: "Your plan" },
  { href: "/letters/", label: "Letters" },
] as const;
