// Actors: a searchable list, and one actor's page (activity, partners and adversaries,
// memberships and office holders over time from the knowledge base, recent events).

import { Actor, ActorDetail, api, Counterpart, EventSummary, Page } from "../api";
import { hbars, legend, periodTimeline, stackedBars, TimelineRow } from "../charts";
import { debounce, h } from "../dom";
import { coopColor, coreMonths, fixed, num, timeBuckets } from "../format";
import type { Ctx } from "../main";
import { eventTable } from "./events";

const ACTOR_COLOR = "#3b7d6e";
const RECIPIENT_COLOR = "#c7a23a";

export async function actorsPage(ctx: Ctx): Promise<void> {
  const { root, params } = ctx;
  root.appendChild(h("h1", null, "Actors"));
  const q = h("input", { type: "search", name: "q", value: params.get("q") ?? "", placeholder: "code or name, any language", "aria-label": "search actors" });
  const all = h("input", { type: "checkbox", name: "all", checked: params.get("all") === "true" });
  const form = h("form", { class: "card controls", role: "search" }, h("label", { class: "grow" }, "Search ", q), h("label", null, all, " include KB entries without events"));
  const out = h("div", { class: "card table-wrap" });
  root.append(form, out);
  const load = async () => {
    ctx.setParams({ q: q.value.trim() || null, all: all.checked ? "true" : null });
    const res = await api<Page<Actor>>("/actors", { q: q.value.trim(), with_events: !all.checked, page_size: 200 }, ctx.signal);
    out.replaceChildren(h("p", { class: "summary" }, `${num(res.total)} actors${res.total > res.items.length ? ` (first ${res.items.length})` : ""}`),
      h("table", { class: "table", id: "actors-table" },
        h("thead", null, h("tr", null, h("th", null, "Code"), h("th", null, "Name"), h("th", null, "Kind"),
          h("th", { class: "num" }, "Events"), h("th", { class: "num" }, "As actor"), h("th", { class: "num" }, "As recipient"))),
        h("tbody", null, res.items.map((a) => h("tr", null,
          h("td", null, h("a", { href: `#/actor/${encodeURIComponent(a.code)}` }, a.code)), h("td", null, a.name), h("td", null, a.kind),
          h("td", { class: "num" }, num(a.events)), h("td", { class: "num" }, num(a.as_actor)), h("td", { class: "num" }, num(a.as_recipient)))))));
  };
  form.addEventListener("submit", (ev) => { ev.preventDefault(); void load(); });
  q.addEventListener("input", debounce(() => void load(), 250));
  all.addEventListener("change", () => void load());
  await load();
}

function counterpartTable(code: string, rows: Counterpart[], id: string, empty: string): HTMLElement {
  if (!rows.length) return h("p", { class: "muted" }, empty);
  return h("table", { class: "table", id },
    h("thead", null, h("tr", null, h("th", null, "Counterpart"), h("th", { class: "num" }, "Events"), h("th", { class: "num" }, "Coop."),
      h("th", { class: "num" }, "Conflict"), h("th", { class: "num" }, "Goldstein"), h("th", null, "Balance"))),
    h("tbody", null, rows.map((c) => {
      const bar = h("span", { class: "balance" });
      bar.style.background = coopColor(c.coop_conflict);
      bar.style.width = `${Math.max(6, Math.abs(c.coop_conflict) * 60)}px`;
      return h("tr", null,
        h("td", null, h("a", { href: `#/actor/${encodeURIComponent(c.code)}` }, c.name), h("span", { class: "muted small" }, ` ${c.code}`)),
        h("td", { class: "num" }, h("a", { href: `#/dyad/${encodeURIComponent(code)}/${encodeURIComponent(c.code)}`, title: "dyad timeline" }, num(c.events))),
        h("td", { class: "num" }, num(c.cooperation)), h("td", { class: "num" }, num(c.conflict)),
        h("td", { class: "num" }, fixed(c.goldstein_mean, 1)), h("td", null, bar, ` ${fixed(c.coop_conflict, 2)}`));
    })));
}

export async function actorPage(ctx: Ctx): Promise<void> {
  const code = (ctx.parts[1] ?? "").toUpperCase();
  const [a, evs] = await Promise.all([
    api<ActorDetail>(`/actors/${encodeURIComponent(code)}`, { top: 10 }, ctx.signal),
    api<Page<EventSummary>>("/events", { party: code, sort: "event_day", desc: true, page_size: 20 }, ctx.signal),
  ]);
  const { root } = ctx;
  const names = Object.entries(a.names).map(([lang, ns]) => `${lang}: ${ns.slice(0, 3).join(", ")}`).join(" · ");
  root.appendChild(h("p", { class: "crumbs" }, h("a", { href: "#/actors" }, "Actors"), " / ", a.code));
  root.appendChild(h("h1", { id: "actor-name", "data-code": a.code }, a.name, h("span", { class: "muted" }, ` ${a.code} · ${a.kind}`)));
  if (names || a.wikidata) root.appendChild(h("p", { class: "muted small" }, names, a.wikidata ? ` · Wikidata ${a.wikidata}` : ""));
  root.appendChild(h("div", { class: "stats" },
    h("div", { class: "stat" }, h("div", { class: "stat-value" }, num(a.events)), h("div", { class: "stat-label" }, "events")),
    h("div", { class: "stat" }, h("div", { class: "stat-value" }, num(a.as_actor)), h("div", { class: "stat-label" }, "as actor")),
    h("div", { class: "stat" }, h("div", { class: "stat-value" }, num(a.as_recipient)), h("div", { class: "stat-label" }, "as recipient")),
    h("div", { class: "stat" }, h("div", { class: "stat-value" }, a.first_day && a.last_day ? `${a.first_day.slice(0, 7)} – ${a.last_day.slice(0, 7)}` : "–"), h("div", { class: "stat-label" }, "active"))));
  const core = coreMonths(a.activity.map((p) => ({ month: p.period, events: p.as_actor + p.as_recipient })));
  const activity = core ? a.activity.filter((p) => p.period >= core.first && p.period <= core.last) : a.activity;
  if (a.activity.length) {
    root.appendChild(h("section", { class: "card" }, h("h2", null, "Activity over time"),
      legend([{ color: ACTOR_COLOR, label: "as actor" }, { color: RECIPIENT_COLOR, label: "as recipient" }]),
      stackedBars(timeBuckets(activity as unknown as Record<string, unknown>[], "period", ["as_actor", "as_recipient"]).map((b) => ({
        label: b.label, href: `#/events?party=${encodeURIComponent(a.code)}&from=${b.from}&to=${b.to}`, segments: [
          { value: b.sums.as_actor ?? 0, color: ACTOR_COLOR, label: "as actor" },
          { value: b.sums.as_recipient ?? 0, color: RECIPIENT_COLOR, label: "as recipient" }] })), { height: 180 }),
      core?.hidden ? h("p", { class: "muted small" }, `${num(core.hidden)} events dated outside ${core.first} – ${core.last} are not drawn.`) : null));
  }
  root.appendChild(h("div", { class: "grid2" },
    h("section", { class: "card" }, h("h2", null, "Partners"), h("p", { class: "muted small" }, "Most cooperative events (quads 1–2), either direction."),
      counterpartTable(a.code, a.partners, "partners", "No cooperative events.")),
    h("section", { class: "card" }, h("h2", null, "Adversaries"), h("p", { class: "muted small" }, "Most conflictual events (quads 3–4), either direction."),
      counterpartTable(a.code, a.adversaries, "adversaries", "No conflictual events."))));
  const kbSection = h("section", { class: "card", id: "memberships" }, h("h2", null, "Over time, from the knowledge base"));
  const byCode = (ms: typeof a.members) => {
    const rows = new Map<string, TimelineRow>();
    for (const m of ms) {
      const row = rows.get(m.code) ?? { label: `${m.name}`, href: `#/actor/${encodeURIComponent(m.code)}`, periods: [] };
      row.periods.push({ start: m.start, end: m.end });
      rows.set(m.code, row);
    }
    return [...rows.values()];
  };
  if (a.kind === "organisation") {
    kbSection.append(h("h3", null, `Members (${new Set(a.members.map((m) => m.code)).size})`), periodTimeline(byCode(a.members)));
  }
  if (a.kind !== "organisation" || a.memberships.length) {
    kbSection.append(h("h3", null, "Memberships"), periodTimeline(byCode(a.memberships)));
  }
  if (a.offices.length) {
    // One row per office, one bar per holder; the offices held most recently first.
    const offices = new Map<string, TimelineRow>();
    for (const o of a.offices) {
      const row = offices.get(o.title) ?? { label: o.title, periods: [] };
      row.periods.push({ start: o.start, end: o.end, label: o.person });
      offices.set(o.title, row);
    }
    const latest = (r: TimelineRow) => Math.max(...r.periods.map((p) => (p.end ? Number(p.end.slice(0, 4)) : 9999)));
    const rows = [...offices.values()].sort((x, y) => latest(y) - latest(x) || x.label.localeCompare(y.label)).slice(0, 12);
    kbSection.append(h("h3", null, "Office holders"), periodTimeline(rows));
  }
  root.appendChild(kbSection);
  const types = Object.entries(a.types).map(([t, n]) => ({ label: t, value: n, href: `#/events?party=${encodeURIComponent(a.code)}&type=${t}` }));
  root.appendChild(h("section", { class: "card" }, h("h2", null, "Event types"), types.length ? hbars(types) : h("p", { class: "muted" }, "No events.")));
  root.appendChild(h("section", { class: "card table-wrap" }, h("h2", null, "Latest events"),
    evs.items.length ? eventTable(evs.items) : h("p", { class: "muted" }, "No events."),
    h("p", null, h("a", { href: `#/events?party=${encodeURIComponent(a.code)}` }, `All ${num(evs.total)} events in the explorer →`))));
}
