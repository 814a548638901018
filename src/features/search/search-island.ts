import { defineIsland, requireHook, requireHooks } from "../../platform/island";
import {
  PAGE_SIZE,
  SEARCH_KIND_LABELS,
  SEARCH_KINDS,
  toCorrectedQuery,
  toCountMessage,
  toExcerptParts,
  toOwnExcerpt,
  toKind,
  toQuery,
  toShowingMessage,
  toVocabulary,
  type FilterKind,
  type SearchKind,
  VOCABULARY_PATH,
} from "./search";

interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  locations: number[];
  meta: { title?: string; terms?: string };
  filters: Record<string, string[]>;
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(opts: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, opts?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

/* ---------- Loading Pagefind and the vocabulary (retryable) ---------- */

// Built by the Pagefind build hook; a variable keeps the bundler from resolving it.
const PAGEFIND_DIR = "/pagefind/";
let pagefindPromise: Promise<Pagefind> | undefined;
let failedLoads = 0;

/**
 * Loads Pagefind on first need (focus, typing, or a ?q= in the address). A failed
 * load is forgotten, not cached, so Retry really loads again; after a failure the
 * module URL changes, because browsers may keep a failed module import.
 */
function loadPagefind(): Promise<Pagefind> {
  const url = `${PAGEFIND_DIR}pagefind.js${failedLoads ? `?retry=${failedLoads}` : ""}`;
  pagefindPromise ??= import(/* @vite-ignore */ url)
    .then(async (pf: Pagefind) => {
      // noWorker: the worker script would be a second download of the same engine (12 KB gzip).
      await pf.options({ basePath: PAGEFIND_DIR, excerptLength: 24, noWorker: true });
      await pf.init();
      return pf;
    })
    .catch((error: unknown) => {
      pagefindPromise = undefined;
      failedLoads++;
      throw error;
    });
  return pagefindPromise;
}

let vocabularyPromise: Promise<string[]> | undefined;

/** The spelling vocabulary, fetched only when a query finds nothing; a failure is forgotten. */
function loadVocabulary(): Promise<string[]> {
  vocabularyPromise ??= fetch(`/${VOCABULARY_PATH}`)
    .then((res) => (res.ok ? res.json() : Promise.reject(new Error(`vocabulary: HTTP ${res.status}`))))
    .then(toVocabulary)
    .catch((error: unknown) => {
      vocabularyPromise = undefined;
      throw error;
    });
  return vocabularyPromise;
}

/* ---------- Rendering ---------- */

function toResultItem(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  item.append(link);
  const kind = result.filters["kind"]?.[0];
  if (kind && (SEARCH_KINDS as readonly string[]).includes(kind)) {
    const badge = document.createElement("span");
    badge.className = "kind";
    badge.textContent = SEARCH_KIND_LABELS[kind as SearchKind];
    item.append(" ", badge);
  }
  const excerpt = document.createElement("p");
  const text = toOwnExcerpt(result.content, result.locations, result.meta.terms) ?? result.excerpt;
  for (const part of toExcerptParts(text)) {
    if (part.mark) {
      const mark = document.createElement("mark");
      mark.textContent = part.text;
      excerpt.append(mark);
    } else excerpt.append(part.text);
  }
  item.append(excerpt);
  return item;
}

interface Hooks {
  form: HTMLFormElement;
  input: HTMLInputElement;
  radios: HTMLInputElement[];
  status: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  instead: HTMLElement;
  exact: HTMLButtonElement;
  failed: HTMLElement;
  retry: HTMLButtonElement;
  devNotice: HTMLElement;
  suggest: HTMLElement;
  browse: HTMLElement | null;
}

function findHooks(root: HTMLElement): Hooks {
  return {
    form: requireHook<HTMLFormElement>(root, "[data-search-form]"),
    input: requireHook<HTMLInputElement>(root, "[data-search-input]"),
    radios: requireHooks<HTMLInputElement>(root, "[data-search-kind]"),
    status: requireHook(root, "[data-search-status]"),
    list: requireHook<HTMLOListElement>(root, "[data-search-results]"),
    more: requireHook<HTMLButtonElement>(root, "[data-search-more]"),
    instead: requireHook(root, "[data-search-instead]"),
    exact: requireHook<HTMLButtonElement>(root, "[data-search-exact]"),
    failed: requireHook(root, "[data-search-failed]"),
    retry: requireHook<HTMLButtonElement>(root, "[data-search-retry]"),
    devNotice: requireHook(root, "[data-search-dev]"),
    suggest: requireHook(root, "[data-search-suggest]"),
    // The page's list of all advice, outside the island: optional.
    browse: document.querySelector<HTMLElement>("[data-search-browse]"),
  };
}

/** Shows one of the island's states and hides the others. */
function showState(h: Hooks, state: "idle" | "searching" | "results" | "none" | "failed"): void {
  h.list.hidden = state !== "results";
  h.list.setAttribute("aria-busy", String(state === "searching"));
  h.failed.hidden = state !== "failed";
  h.suggest.hidden = state !== "none";
  if (state !== "results") h.more.hidden = true;
  if (state !== "results") h.instead.hidden = true;
  if (h.browse) h.browse.hidden = state === "results";
}

/** Keeps the address in step with the query, so a search can be bookmarked or shared. */
function writeAddress(query: string, kind: FilterKind | null): void {
  const url = new URL(location.href);
  if (query) url.searchParams.set("q", query);
  else url.searchParams.delete("q");
  if (kind) url.searchParams.set("kind", kind);
  else url.searchParams.delete("kind");
  history.replaceState(null, "", url);
}

/* ---------- The island ---------- */

/** Wires the server-rendered search form to Pagefind. */
function startSearch(root: HTMLElement): void {
  const h = findHooks(root);
  root.querySelector("[data-search-nojs]")?.remove();

  const params = new URLSearchParams(location.search);
  h.input.value = toQuery(params.get("q"));
  const startKind = toKind(params.get("kind"));
  for (const r of h.radios) r.checked = r.value === (startKind ?? "");
  const selectedKind = (): FilterKind | null => toKind(h.radios.find((r) => r.checked)?.value);

  let latest = 0;
  // Set by "Search for … instead": the next search takes the words as typed, uncorrected.
  let exactNext = false;
  let pending: PagefindResult[] = [];
  let total = 0;
  let headline = "";

  /** Loads the next page of result details and appends it; returns the first new link. */
  async function showNextPage(ticket: number): Promise<HTMLAnchorElement | null> {
    const page = pending.slice(0, PAGE_SIZE);
    const data = await Promise.all(page.map((r) => r.data()));
    if (ticket !== latest) return null;
    pending = pending.slice(page.length);
    const items = data.map(toResultItem);
    h.list.append(...items);
    h.more.hidden = pending.length === 0;
    return items[0]?.querySelector("a") ?? null;
  }

  async function run(): Promise<void> {
    const query = toQuery(h.input.value);
    const kind = selectedKind();
    const mayCorrect = !exactNext;
    exactNext = false;
    const ticket = ++latest;
    writeAddress(query, kind);
    if (!query) {
      h.list.replaceChildren();
      h.status.textContent = "";
      showState(h, "idle");
      return;
    }
    h.status.textContent = "Searching…";
    h.list.setAttribute("aria-busy", "true");
    try {
      const pagefind = await loadPagefind();
      const options = kind ? { filters: { kind } } : {};
      let found = await pagefind.search(query, options);
      let shownFor = query;
      if (found && found.results.length === 0 && mayCorrect) {
        const corrected = toCorrectedQuery(query, await loadVocabulary().catch(() => []));
        if (corrected) {
          const retried = await pagefind.search(corrected, options);
          if (retried && retried.results.length > 0) [found, shownFor] = [retried, corrected];
        }
      }
      if (!found || ticket !== latest) return; // a newer query has started
      pending = found.results;
      total = found.results.length;
      h.list.replaceChildren();
      await showNextPage(ticket);
      if (ticket !== latest) return;
      const correction = shownFor === query ? "" : `Showing results for “${shownFor}”. `;
      headline = correction + toCountMessage(total, shownFor, kind);
      h.status.textContent = headline;
      showState(h, total > 0 ? "results" : "none");
      h.instead.hidden = shownFor === query;
      h.exact.textContent = `Search for “${query}” instead`;
      h.more.hidden = pending.length === 0;
    } catch (error) {
      if (ticket !== latest) return;
      console.warn("Search could not load", error);
      // Under `astro dev` a missing index is the likely cause, and the notice says how to make one.
      const dev = import.meta.env.DEV;
      h.status.textContent = (dev ? h.devNotice.dataset["message"] : h.failed.dataset["message"]) ?? "";
      h.devNotice.hidden = !dev;
      showState(h, "failed");
    }
  }

  h.more.addEventListener("click", () => {
    const ticket = latest;
    void showNextPage(ticket).then((first) => {
      if (!first) return;
      // Focus moves to the first new result, so keyboard users carry on where the new ones start.
      first.focus();
      h.status.textContent = `${headline} ${toShowingMessage(h.list.children.length, total)}`;
    });
  });

  h.exact.addEventListener("click", () => {
    exactNext = true;
    h.input.focus();
    void run();
  });

  h.retry.addEventListener("click", () => {
    h.input.focus();
    void run();
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  h.input.addEventListener("focus", () => void loadPagefind().catch(() => undefined), { once: true });
  h.input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 150);
  });
  for (const r of h.radios) r.addEventListener("change", () => void run());
  h.form.addEventListener("submit", (event) => {
    event.preventDefault();
    void run();
  });
  if (h.input.value) void run();
}

defineIsland("atn-search", startSearch);
