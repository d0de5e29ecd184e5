// Dyad timeline: events between two actors per period, by quad class, with the mean
// Goldstein score as a line, and the events themselves.

import { Actor, api, DyadSeries, EventSummary, Page, Stats } from "../api";
import { legend, stackedBars } from "../charts";
import { h } from "../dom";
import { QUADS, coreSlice, num } from "../format";
import type { Ctx } from "../main";
import { eventTable } from "./events";

export async function dyadPage(ctx: Ctx): Promise<void> {
  const { root, params } = ctx;
  let [, a, b] = ctx.parts;
  const by = params.get("by") ?? "month";
  const [actors, st] = await Promise.all([
    api<Page<Actor>>("/actors", { page_size: 500 }, ctx.signal),
    a && b ? Promise.resolve(null) : api<Stats>("/stats", { top: 1 }, ctx.signal),
  ]);
  if ((!a || !b) && st?.top_dyads[0]) {
    a = st.top_dyads[0].actor;
    b = st.top_dyads[0].recipient;
  }
  root.appendChild(h("h1", null, "Dyad timeline"));
  const list = h("datalist", { id: "actor-codes" }, actors.items.map((x) => h("option", { value: x.code }, x.name)));
  const ia = h("input", { name: "a", value: a ?? "", list: "actor-codes", placeholder: "USA", size: 8, required: true, "aria-label": "first actor" });
  const ib = h("input", { name: "b", value: b ?? "", list: "actor-codes", placeholder: "RUS", size: 8, required: true, "aria-label": "second actor" });
  const sel = h("select", { name: "by", "aria-label": "period" }, ["week", "month", "year"].map((p) => h("option", { value: p, selected: p === by }, p)));
  const form = h("form", { class: "card controls", id: "dyad-form" }, list, h("label", null, "Actor ", ia), h("label", null, "and ", ib),
    h("label", null, "per ", sel), h("button", { type: "submit" }, "Show"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const x = ia.value.trim().toUpperCase();
    const y = ib.value.trim().toUpperCase();
    if (x && y) window.location.hash = `#/dyad/${encodeURIComponent(x)}/${encodeURIComponent(y)}?by=${sel.value}`;
  });
  sel.addEventListener("change", () => form.requestSubmit());
  root.appendChild(form);
  if (!a || !b) {
    root.appendChild(h("p", { class: "muted" }, "Choose two actors (codes such as USA, UKR, NATO)."));
    return;
  }
  const [series, evs] = await Promise.all([
    api<DyadSeries>(`/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}`, { by }, ctx.signal),
    api<Page<EventSummary>>("/events", { between: `${a},${b}`, sort: "event_day", desc: true, page_size: 50 }, ctx.signal),
  ]);
  root.appendChild(h("h2", null, h("a", { href: `#/actor/${encodeURIComponent(series.a)}` }, series.a_name), " and ",
    h("a", { href: `#/actor/${encodeURIComponent(series.b)}` }, series.b_name)));
  const coop = series.series.reduce((s, p) => s + p.quad1 + p.quad2, 0);
  const conf = series.series.reduce((s, p) => s + p.quad3 + p.quad4, 0);
  root.appendChild(h("p", { class: "summary", id: "dyad-total" }, `${num(series.total)} events: ${num(coop)} cooperative, ${num(conf)} conflictual.`));
  const excluded = series.series.reduce((s, p) => s + (Number((p as unknown as Record<string, unknown>).excluded) || 0), 0);
  if (excluded) {
    root.appendChild(h("p", { class: "muted small" }, `${num(excluded)} more events between them are negated, hypothetical, future or perceived: listed below, not counted in the chart.`));
  }
  const core = coreSlice(series.series, (p) => p.events);
  const shown = series.series.slice(core.lo, core.hi + 1);
  if (shown.length && series.total) {
    const bars = shown.map((p) => ({ label: p.period.slice(0, by === "year" ? 4 : by === "month" ? 7 : 10), segments: QUADS.map((q) => ({ value: p[q.key], color: q.color, label: q.label })) }));
    root.appendChild(h("section", { class: "card", id: "dyad-chart" },
      legend([...QUADS.map((q) => ({ color: q.color, label: q.label })), { color: "#222", label: "mean Goldstein (right axis)" }]),
      stackedBars(bars, { line: { points: shown.map((p, i) => ({ index: i, value: p.events ? p.goldstein_mean : null })), min: -10, max: 10, color: "#222", label: "mean Goldstein" } }),
      core.hidden ? h("p", { class: "muted small" }, `${num(core.hidden)} events dated before ${shown[0]?.period ?? ""} or after ${shown[shown.length - 1]?.period ?? ""} are not drawn.`) : null));
  } else {
    root.appendChild(h("p", { class: "muted" }, "No dated events between these two actors."));
  }
  root.appendChild(h("section", { class: "card table-wrap" }, h("h2", null, `Events (${num(evs.total)})`),
    evs.items.length ? eventTable(evs.items) : h("p", { class: "muted" }, "None."),
    evs.total > evs.items.length ? h("p", null, h("a", { href: `#/events?between=${encodeURIComponent(`${a},${b}`)}` }, "All of them in the explorer →")) : null));
}
