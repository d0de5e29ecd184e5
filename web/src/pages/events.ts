// Events explorer: filters bound to the address, sortable table, paging.

import { api, EventSummary, Page, Params } from "../api";
import { debounce, h } from "../dom";
import { LANGS, MODALITIES, PLOVER_TYPES, QUADS, codesText, num, typeBadge } from "../format";
import type { Ctx } from "../main";

const FILTERS = ["from", "to", "actor", "recipient", "party", "between", "type", "quad", "lang", "modality", "q", "country", "place", "article"] as const;

export function eventRow(e: EventSummary): HTMLTableRowElement {
  const href = `#/event/${encodeURIComponent(e.id)}`;
  const tr = h("tr", { class: "clickable", "data-id": e.id, "data-lang": e.lang ?? "", "data-type": e.type },
    h("td", { class: "nowrap" }, e.date.day ?? h("span", { class: "muted" }, e.date.precision ?? "–")),
    h("td", null, typeBadge(e.type, e.quad), e.mode ? h("span", { class: "muted small" }, ` ${e.mode}`) : null),
    h("td", null, codesText(e.actor_codes), h("span", { class: "arrow" }, " → "), codesText(e.recipient_codes)),
    h("td", null, e.modality !== "asserted" ? h("span", { class: "modality" }, e.modality) : "asserted"),
    h("td", null, e.place?.name ?? "–"),
    h("td", { class: "evidence" }, h("a", { href }, h("strong", null, e.trigger.text ?? "")),
      h("span", { class: "muted" }, ` ${snippet(e)}`)),
    h("td", null, e.lang ?? ""));
  tr.addEventListener("click", (ev) => {
    if ((ev.target as HTMLElement).closest("a")) return;
    window.location.hash = href;
  });
  return tr;
}

function snippet(e: EventSummary): string {
  const t = e.sentence.text ?? "";
  return t.length > 160 ? `${t.slice(0, 157)}…` : t;
}

export function eventTable(rows: EventSummary[], sort?: { key: string; desc: boolean; onSort: (k: string) => void }): HTMLTableElement {
  const head = (key: string | null, label: string) => {
    if (!key || !sort) return h("th", null, label);
    const active = sort.key === key;
    const btn = h("button", { type: "button", class: "sort", "data-sort": key, "aria-label": `sort by ${label}` },
      label, active ? (sort.desc ? " ▼" : " ▲") : "");
    btn.addEventListener("click", () => sort.onSort(key));
    return h("th", { "aria-sort": active ? (sort.desc ? "descending" : "ascending") : null }, btn);
  };
  return h("table", { class: "table events-table" },
    h("thead", null, h("tr", null, head("event_day", "Day"), head("type", "Type"), head(null, "Actors → recipients"),
      head(null, "Modality"), head(null, "Place"), head(null, "Evidence"), head("lang", "Lang"))),
    h("tbody", null, rows.map(eventRow)));
}

function select(name: string, label: string, options: [string, string][], value: string): HTMLLabelElement {
  return h("label", null, label, h("select", { name },
    h("option", { value: "" }, "any"),
    options.map(([v, l]) => h("option", { value: v, selected: v === value }, l))));
}

function input(name: string, label: string, value: string, attrs: Record<string, string> = {}): HTMLLabelElement {
  return h("label", null, label, h("input", { name, value, ...attrs }));
}

export async function eventsPage(ctx: Ctx): Promise<void> {
  const { root, params } = ctx;
  const p = (k: string) => params.get(k) ?? "";
  root.appendChild(h("h1", null, "Events"));
  const form = h("form", { class: "filters card", id: "event-filters", role: "search" },
    input("from", "From", p("from"), { type: "date" }),
    input("to", "To", p("to"), { type: "date" }),
    input("actor", "Actor", p("actor"), { placeholder: "USA", size: "8" }),
    input("recipient", "Recipient", p("recipient"), { placeholder: "RUS", size: "8" }),
    select("type", "Type", PLOVER_TYPES.map((t) => [t, t]), p("type")),
    select("quad", "Quad", QUADS.map((q) => [String(q.n), `${q.n} ${q.label}`]), p("quad")),
    select("lang", "Language", Object.entries(LANGS), p("lang")),
    select("modality", "Modality", MODALITIES.map((m) => [m, m]), p("modality")),
    input("q", "Text", p("q"), { type: "search", placeholder: "words in the sentence" }),
    h("div", { class: "filter-actions" }, h("button", { type: "submit" }, "Filter"), h("button", { type: "reset", class: "secondary" }, "Clear")));
  const extra = ["party", "between", "country", "place", "article"].filter((k) => p(k));
  const chips = h("div", { class: "chips" }, extra.map((k) => h("span", { class: "chip" }, `${k}: ${p(k)} `,
    h("a", { href: "#", "aria-label": `remove ${k}`, onclick: (ev: Event) => { ev.preventDefault(); ctx.setParams({ [k]: null, page: null }, true); } }, "×"))));
  root.appendChild(form);
  root.appendChild(chips);
  const summary = h("p", { class: "summary", id: "events-total" });
  const body = h("div", { class: "card table-wrap" });
  const pager = h("nav", { class: "pager", "aria-label": "pages" });
  root.append(summary, body, pager);

  const state = {
    sort: p("sort") || "event_day",
    desc: params.has("desc") ? p("desc") === "true" : true,
    page: Math.max(1, Number(p("page")) || 1),
    size: Math.min(500, Math.max(1, Number(p("page_size")) || 50)),
  };
  let ctl: AbortController | null = null;

  const load = async () => {
    ctl?.abort();
    ctl = new AbortController();
    ctx.signal.addEventListener("abort", () => ctl?.abort());
    const fd = new FormData(form);
    const q: Params = {};
    for (const k of FILTERS) {
      const v = (fd.get(k) as string | null) ?? p(k);
      if (v) q[k] = v;
    }
    ctx.setParams({ ...Object.fromEntries(FILTERS.map((k) => [k, (q[k] as string | undefined) ?? null])),
      sort: state.sort === "event_day" ? null : state.sort, desc: state.desc ? null : "false",
      page: state.page > 1 ? String(state.page) : null, page_size: state.size !== 50 ? String(state.size) : null });
    body.setAttribute("aria-busy", "true");
    const res = await api<Page<EventSummary>>("/events", { ...q, sort: state.sort, desc: state.desc, page: state.page, page_size: state.size }, ctl.signal);
    body.removeAttribute("aria-busy");
    const pages = Math.max(1, Math.ceil(res.total / state.size));
    summary.textContent = res.total
      ? `${num(res.total)} events · showing ${num(res.offset + 1)}–${num(res.offset + res.items.length)}`
      : "No event matches these filters.";
    summary.dataset.total = String(res.total);
    body.replaceChildren(eventTable(res.items, { key: state.sort, desc: state.desc, onSort: (k) => {
      if (state.sort === k) state.desc = !state.desc;
      else { state.sort = k; state.desc = k === "event_day"; }
      state.page = 1;
      void run();
    } }));
    const go = (n: number) => { state.page = n; void run(); };
    pager.replaceChildren(
      h("button", { type: "button", disabled: state.page <= 1, onclick: () => go(state.page - 1) }, "← Previous"),
      h("span", null, ` page ${state.page} of ${pages} `),
      h("button", { type: "button", disabled: state.page >= pages, onclick: () => go(state.page + 1) }, "Next →"),
      h("label", null, " per page ", h("select", { onchange: (ev: Event) => { state.size = Number((ev.target as HTMLSelectElement).value); state.page = 1; void run(); } },
        [25, 50, 100, 250, 500].map((n) => h("option", { value: n, selected: n === state.size }, String(n))))));
  };
  const run = async () => {
    try {
      await load();
    } catch (e) {
      if (e instanceof DOMException && e.name === "AbortError") return;
      body.replaceChildren(h("div", { class: "error", role: "alert" }, e instanceof Error ? e.message : String(e)));
    }
  };
  form.addEventListener("submit", (ev) => { ev.preventDefault(); state.page = 1; void run(); });
  form.addEventListener("change", () => { state.page = 1; void run(); });
  form.addEventListener("input", debounce((ev: Event) => {
    if ((ev.target as HTMLInputElement).name === "q") { state.page = 1; void run(); }
  }, 350));
  form.addEventListener("reset", () => {
    window.setTimeout(() => { ctx.setParams(Object.fromEntries(FILTERS.map((k) => [k, null])), true); }, 0);
  });
  await load();
}
