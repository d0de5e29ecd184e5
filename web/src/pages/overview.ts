// Overview: counts, events over time by quad class, top dyads, types, languages, last run.

import { api, Stats } from "../api";
import { hbars, legend, stackedBars } from "../charts";
import { h } from "../dom";
import { LANGS, QUADS, coreMonths, num, quadColor, timeBuckets } from "../format";
import type { Ctx } from "../main";

function card(label: string, value: string, note?: string): HTMLElement {
  return h("div", { class: "stat" }, h("div", { class: "stat-value" }, value), h("div", { class: "stat-label" }, label),
    note ? h("div", { class: "stat-note" }, note) : null);
}

export async function overviewPage(ctx: Ctx): Promise<void> {
  const st = await api<Stats>("/stats", { top: 12 }, ctx.signal);
  const { root } = ctx;
  root.appendChild(h("h1", null, "Overview"));
  if (!st.events && !st.articles) {
    root.appendChild(h("div", { class: "card empty" }, h("p", null, "The store is empty."),
      h("p", { class: "muted" }, "Code some articles first: ", h("code", null, "dyads run samples/ --db FILE"))));
    return;
  }
  root.appendChild(h("div", { class: "stats" },
    card("events", num(st.events), st.undated_events ? `${num(st.undated_events)} undated` : undefined),
    card("articles", num(st.articles)),
    card("actors", num(st.actors)),
    card("period", st.first_day && st.last_day ? `${st.first_day.slice(0, 7)} – ${st.last_day.slice(0, 7)}` : "–"),
    card("runs", num(st.runs))));

  const core = ctx.params.get("span") === "all" ? null : coreMonths(st.by_month);
  const shown = core ? st.by_month.filter((m) => m.month >= core.first && m.month <= core.last) : st.by_month;
  const bars = timeBuckets(shown as unknown as Record<string, unknown>[], "month", QUADS.map((q) => q.key)).map((b) => ({
    label: b.label,
    href: `#/events?from=${b.from}&to=${b.to}`,
    segments: QUADS.map((q) => ({ value: b.sums[q.key] ?? 0, color: q.color, label: q.label })),
  }));
  root.appendChild(h("section", { class: "card", id: "by-month" },
    h("h2", null, "Events over time by quad class"),
    legend(QUADS.map((q) => ({ color: q.color, label: q.label }))),
    bars.length ? stackedBars(bars) : h("p", { class: "muted" }, "No dated events."),
    h("p", { class: "muted small" }, "Click a bar to list its events. ",
      core?.hidden ? h("span", null, `${num(core.hidden)} events dated outside ${core.first} – ${core.last} are not drawn; `,
        h("a", { href: "#/?span=all" }, "show the whole period"), ".") : null)));

  const dyads = h("table", { class: "table", id: "top-dyads" },
    h("thead", null, h("tr", null, h("th", null, "Actor"), h("th", null, "Recipient"), h("th", { class: "num" }, "Events"),
      h("th", { class: "num" }, "Coop."), h("th", { class: "num" }, "Conflict"))),
    h("tbody", null, st.top_dyads.map((d) => h("tr", null,
      h("td", null, h("a", { href: `#/actor/${encodeURIComponent(d.actor)}` }, d.actor)),
      h("td", null, h("a", { href: `#/actor/${encodeURIComponent(d.recipient)}` }, d.recipient)),
      h("td", { class: "num" }, h("a", { href: `#/dyad/${encodeURIComponent(d.actor)}/${encodeURIComponent(d.recipient)}` }, num(d.events))),
      h("td", { class: "num" }, num(d.cooperation)), h("td", { class: "num" }, num(d.conflict))))));
  const types = Object.entries(st.by_type).map(([t, n]) => ({ label: t, value: n, href: `#/events?type=${t}` }));
  const langs = h("table", { class: "table", id: "languages" },
    h("thead", null, h("tr", null, h("th", null, "Language"), h("th", { class: "num" }, "Articles"), h("th", { class: "num" }, "Events"))),
    h("tbody", null, st.languages.map((l) => h("tr", null,
      h("td", null, LANGS[l.lang] ? h("a", { href: `#/events?lang=${l.lang}` }, `${LANGS[l.lang]} (${l.lang})`) : l.lang),
      h("td", { class: "num" }, num(l.articles)), h("td", { class: "num" }, num(l.events))))));

  root.appendChild(h("div", { class: "grid2" },
    h("section", { class: "card" }, h("h2", null, "Top dyads"),
      st.top_dyads.length ? dyads : h("p", { class: "muted" }, "No event has both an actor and a recipient code yet.")),
    h("section", { class: "card" }, h("h2", null, "Event types"), types.length ? hbars(types) : h("p", { class: "muted" }, "No events."))));

  const run = st.last_run;
  const modal = Object.entries(st.by_modality).map(([m, n]) => ({ label: m, value: n, href: `#/events?modality=${m}` }));
  root.appendChild(h("div", { class: "grid2" },
    h("section", { class: "card" }, h("h2", null, "Languages"), langs,
      h("h3", null, "Modality"), modal.length ? hbars(modal.map((x) => ({ ...x, color: quadColor(null) }))) : null),
    h("section", { class: "card", id: "last-run" }, h("h2", null, "Last run"),
      run ? h("dl", { class: "kv" },
        h("dt", null, "run"), h("dd", null, `#${run.run_id} (dyads ${run.version ?? "?"})`),
        h("dt", null, "started"), h("dd", null, run.started?.replace("T", " ").slice(0, 19) ?? "–"),
        h("dt", null, "finished"), h("dd", null, run.finished?.replace("T", " ").slice(0, 19) ?? "not finished"),
        h("dt", null, "inputs"), h("dd", null, run.paths.join(", ") || "–"),
        h("dt", null, "articles"), h("dd", null, `${num(run.articles_read)} read, ${num(run.articles_new)} new, ${num(run.skipped)} skipped`),
        h("dt", null, "new events"), h("dd", null, num(run.events_new)),
        h("dt", null, "knowledge base"), h("dd", null, run.kb_version ?? "–"))
        : h("p", { class: "muted" }, "No run recorded."))));
}
