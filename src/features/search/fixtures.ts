/**
 * Phrases people really type after a rejection, with the page each must find in its
 * first three results. Used by src/features/search/search.browser.ts.
 */
export interface SearchQueryFixture {
  query: string;
  /** A page that must be among the first three results. */
  expect: string;
}

export const SEARCH_QUERIES: readonly SearchQueryFixture[] = [
  { query: "feedback", expect: "/advice/asking-for-feedback/" },
  { query: "thank you", expect: "/advice/saying-thank-you/" },
  { query: "rights", expect: "/advice/your-rights-after-an-interview/" },
  { query: "turned down", expect: "/advice/the-first-day/" },
  { query: "unsuccessful", expect: "/advice/the-first-day/" },
  { query: "interview notes", expect: "/advice/get-your-interview-notes/" },
  { query: "follow up", expect: "/letters/chaser/" },
  { query: "mock interview", expect: "/plan/" },
  { query: "keep in touch", expect: "/advice/the-door-may-still-be-open/" },
  { query: "discrimination", expect: "/advice/your-rights-after-an-interview/" },
  { query: "ghosted", expect: "/advice/never-heard-back/" },
  { query: "no reply", expect: "/letters/outcome-check/" },
  { query: "never heard back", expect: "/advice/never-heard-back/" },
  { query: "chaser", expect: "/letters/chaser/" },
  { query: "promotion", expect: "/advice/passed-over-for-promotion/" },
  { query: "assessment centre", expect: "/advice/graduate-schemes-and-assessment-centres/" },
  { query: "careers adviser", expect: "/advice/free-careers-help/" },
  { query: "rejected again", expect: "/advice/rejected-again/" },
  // Issue 26: words readers the library did not serve before type.
  { query: "NHS", expect: "/advice/public-sector-interviews/" },
  { query: "nurse", expect: "/advice/public-sector-interviews/" },
  { query: "Band 6", expect: "/advice/public-sector-interviews/" },
  { query: "civil service", expect: "/advice/public-sector-interviews/" },
  { query: "Success Profiles", expect: "/advice/public-sector-interviews/" },
  { query: "Universal Credit", expect: "/advice/keep-applying-selectively/" },
  { query: "adjustments", expect: "/advice/turning-feedback-into-a-plan/" },
  { query: "withdrawn offer", expect: "/advice/your-rights-after-an-interview/" },
  { query: "overqualified", expect: "/advice/decoding-vague-feedback/" },
  { query: "I thought it went well", expect: "/advice/what-went-right/" },
];
