import { toCountMessage, toExcerptParts, toKind, toLooserQuery, toQuery, type Kind } from "../../lib/search";

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
}
interface Pagefind {
  options(opts: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string,
    opts?: { filters?: Record<string, string> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

// Built by the Pagefind build hook; a variable keeps the bundler from resolving it.
const PAGEFIND_URL = "/pagefind/pagefind.js";
let pagefindPromise: Promise<Pagefind> | undefined;

/** Loads Pagefind once, on first need (focus, typing, or a ?q= in the address). */
function loadPagefind(): Promise<Pagefind> {
  pagefindPromise ??= import(/* @vite-ignore */ PAGEFIND_URL).then(async (pf: Pagefind) => {
    await pf.options({ excerptLength: 24 });
    await pf.init();
    return pf;
  });
  return pagefindPromise;
}

const MAX_RESULTS = 20;

/** Wires the server-rendered search form to Pagefind. */
export function startSearch(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>("[data-search-form]");
  const input = root.querySelector<HTMLInputElement>("[data-search-input]");
  const status = root.querySelector<HTMLElement>("[data-search-status]");
  const list = root.querySelector<HTMLOListElement>("[data-search-results]");
  const browse = document.querySelector<HTMLElement>("[data-search-browse]");
  if (!form || !input || !status || !list) return;
  root.querySelector<HTMLElement>("[data-search-nojs]")?.remove();

  const radios = [...root.querySelectorAll<HTMLInputElement>("[data-search-kind]")];
  const params = new URLSearchParams(location.search);
  input.value = toQuery(params.get("q"));
  const startKind = toKind(params.get("kind"));
  for (const r of radios) r.checked = r.value === (startKind ?? "");

  let latest = 0;
  const selectedKind = (): Kind | null => toKind(radios.find((r) => r.checked)?.value);

  async function run() {
    const query = toQuery(input!.value);
    const kind = selectedKind();
    const ticket = ++latest;
    const url = new URL(location.href);
    if (query) url.searchParams.set("q", query);
    else url.searchParams.delete("q");
    if (kind) url.searchParams.set("kind", kind);
    else url.searchParams.delete("kind");
    history.replaceState(null, "", url);

    if (!query) {
      list!.replaceChildren();
      list!.hidden = true;
      status!.textContent = "";
      if (browse) browse.hidden = false;
      return;
    }
    const pagefind = await loadPagefind();
    const options = kind ? { filters: { kind } } : {};
    let found = await pagefind.search(query, options);
    let shownFor = query;
    const looser = toLooserQuery(query);
    if (found && found.results.length === 0 && looser) {
      found = await pagefind.search(looser, options);
      shownFor = looser;
    }
    if (!found || ticket !== latest) return; // a newer query has started
    const data = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (ticket !== latest) return;
    list!.replaceChildren(...data.map(toResultItem));
    list!.hidden = data.length === 0;
    if (browse) browse.hidden = data.length > 0;
    const note = shownFor === query ? "" : ` Showing matches for “${shownFor}”.`;
    status!.textContent = toCountMessage(found.results.length, query, kind) + (found.results.length ? note : "");
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener("focus", () => void loadPagefind(), { once: true });
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 150);
  });
  for (const r of radios) r.addEventListener("change", () => void run());
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void run();
  });
  if (input.value) void run();
}

function toResultItem(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  item.append(link);
  const kind = result.filters["kind"]?.[0];
  if (kind) {
    const badge = document.createElement("span");
    badge.className = "kind";
    badge.textContent = kind;
    item.append(" ", badge);
  }
  const excerpt = document.createElement("p");
  for (const part of toExcerptParts(result.excerpt)) {
    if (part.mark) {
      const mark = document.createElement("mark");
      mark.textContent = part.text;
      excerpt.append(mark);
    } else excerpt.append(part.text);
  }
  item.append(excerpt);
  return item;
}
