// Actors: a searchable list, and one actor's page (activity, partners and adversaries,
// memberships and office holders over time from the knowledge base, recent events).

import { Actor, ActorDetail, api, Counterpart, EventSummary, Page } from "../api";
import { hbars, legend, periodTimeline, stackedBars } from "../charts";
import { debounce, h } from "../dom";
import { coopColor, fixed, num } from "../format";
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
  if (a.activity.length) {
    root.appendChild(h("section", { class: "card" }, h("h2", null, "Activity by month"),
      legend([{ color: ACTOR_COLOR, label: "as actor" }, { color: RECIPIENT_COLOR, label: "as recipient" }]),
      stackedBars(a.activity.map((p) => ({ label: p.period, segments: [
        { value: p.as_actor, color: ACTOR_COLOR, label: "as actor" }, { value: p.as_recipient, color: RECIPIENT_COLOR, label: "as recipient" }] })), { height: 180 })));
  }
  root.appendChild(h("div", { class: "grid2" },
    h("section", { class: "card" }, h("h2", null, "Partners"), h("p", { class: "muted small" }, "Most cooperative events (quads 1–2), either direction."),
      counterpartTable(a.code, a.partners, "partners", "No cooperative events.")),
    h("section", { class: "card" }, h("h2", null, "Adversaries"), h("p", { class: "muted small" }, "Most conflictual events (quads 3–4), either direction."),
      counterpartTable(a.code, a.adversaries, "adversaries", "No conflictual events."))));
  const kbSection = h("section", { class: "card", id: "memberships" }, h("h2", null, "Over time, from the knowledge base"));
  if (a.kind === "organisation") {
    kbSection.append(h("h3", null, `Members (${a.members.length})`),
      periodTimeline(a.members.map((m) => ({ label: `${m.name} (${m.code})`, href: `#/actor/${encodeURIComponent(m.code)}`, start: m.start, end: m.end }))));
  }
  kbSection.append(h("h3", null, "Memberships"),
    periodTimeline(a.memberships.map((m) => ({ label: m.name, href: `#/actor/${encodeURIComponent(m.code)}`, start: m.start, end: m.end }))));
  if (a.offices.length) {
    kbSection.append(h("h3", null, "Office holders"),
      periodTimeline(a.offices.map((o) => ({ label: `${o.person} (${o.title})`, start: o.start, end: o.end }))));
  }
  root.appendChild(kbSection);
  const types = Object.entries(a.types).map(([t, n]) => ({ label: t, value: n, href: `#/events?party=${encodeURIComponent(a.code)}&type=${t}` }));
  root.appendChild(h("div", { class: "grid2" },
    h("section", { class: "card" }, h("h2", null, "Event types"), types.length ? hbars(types) : h("p", { class: "muted" }, "No events.")),
    h("section", { class: "card table-wrap" }, h("h2", null, "Latest events"),
      evs.items.length ? eventTable(evs.items) : h("p", { class: "muted" }, "No events."),
      h("p", null, h("a", { href: `#/events?party=${encodeURIComponent(a.code)}` }, `All ${num(evs.total)} events in the explorer →`)))));
}
