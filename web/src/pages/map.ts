// Map of event places on an equirectangular world drawn from bundled Natural Earth data.

import { BORDERS, GRATICULE, LAND, MAP_H, MAP_W } from "virtual:world";
import { api, PlaceAgg, Places } from "../api";
import { legend } from "../charts";
import { h, s } from "../dom";
import { PLOVER_TYPES, QUADS, coopColor, fixed, goldsteinToCoop, num } from "../format";
import type { Ctx } from "../main";

export function project(lon: number, lat: number): [number, number] {
  return [((lon + 180) / 360) * MAP_W, ((90 - lat) / 180) * MAP_H];
}

function placeHref(p: PlaceAgg, from: string, to: string): string {
  const q = new URLSearchParams();
  if (p.name) q.set("place", p.name);
  if (p.country) q.set("country", p.country);
  if (from) q.set("from", from);
  if (to) q.set("to", to);
  return `#/events?${q.toString()}`;
}

export async function mapPage(ctx: Ctx): Promise<void> {
  const { root, params } = ctx;
  const p = (k: string) => params.get(k) ?? "";
  root.appendChild(h("h1", null, "Map of event places"));
  const form = h("form", { class: "card controls", id: "map-filters" },
    h("label", null, "From ", h("input", { type: "date", name: "from", value: p("from") })),
    h("label", null, "To ", h("input", { type: "date", name: "to", value: p("to") })),
    h("label", null, "Actor ", h("input", { name: "party", value: p("party"), size: 8, placeholder: "any" })),
    h("label", null, "Type ", h("select", { name: "type" }, h("option", { value: "" }, "any"), PLOVER_TYPES.map((t) => h("option", { value: t, selected: t === p("type") }, t)))),
    h("label", null, "Quad ", h("select", { name: "quad" }, h("option", { value: "" }, "any"), QUADS.map((q) => h("option", { value: q.n, selected: String(q.n) === p("quad") }, q.label)))),
    h("button", { type: "submit" }, "Show"));
  const svg = s("svg", { viewBox: `0 0 ${MAP_W} ${MAP_H}`, class: "map", id: "map", role: "img", "aria-label": "world map of event places" },
    s("rect", { x: 0, y: 0, width: MAP_W, height: MAP_H, class: "sea" }),
    s("path", { d: GRATICULE, class: "graticule" }),
    s("path", { d: LAND, class: "land" }),
    s("path", { d: BORDERS, class: "borders" }));
  const points = s("g", { class: "points" });
  svg.appendChild(points);
  const info = h("p", { class: "summary", id: "map-info" });
  const table = h("div", { class: "table-wrap" });
  root.append(form, legend([{ color: coopColor(1), label: "cooperative (mean Goldstein > 0)" }, { color: coopColor(0), label: "neutral" }, { color: coopColor(-1), label: "conflictual" }]),
    h("div", { class: "card map-wrap" }, svg, info), h("section", { class: "card" }, h("h2", null, "Busiest places"), table));

  const load = async () => {
    const fd = new FormData(form);
    const q: Record<string, string> = {};
    for (const k of ["from", "to", "party", "type", "quad"]) {
      const v = String(fd.get(k) ?? "").trim();
      if (v) q[k] = k === "party" ? v.toUpperCase() : v;
    }
    ctx.setParams({ from: q.from, to: q.to, party: q.party, type: q.type, quad: q.quad });
    const res = await api<Places>("/places", { ...q, limit: 2000 }, ctx.signal);
    const max = Math.max(1, ...res.items.map((x) => x.events));
    points.replaceChildren(...[...res.items].reverse().map((pl) => {
      const [x, y] = project(pl.lon, pl.lat);
      const a = s("a", { href: placeHref(pl, q.from ?? "", q.to ?? ""), class: "place", "data-place": pl.name ?? "" },
        s("circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: (2.5 + 12 * Math.sqrt(pl.events / max)).toFixed(1), fill: coopColor(goldsteinToCoop(pl.goldstein_mean)) }),
        s("title", null, `${pl.name ?? "?"}${pl.country ? `, ${pl.country}` : ""}: ${pl.events} events, mean Goldstein ${fixed(pl.goldstein_mean, 1)}`));
      return a;
    }));
    info.textContent = `${num(res.total_events)} events at ${num(res.items.length)} places; ${num(res.unplaced_events)} events have no resolved place.`;
    table.replaceChildren(h("table", { class: "table" },
      h("thead", null, h("tr", null, h("th", null, "Place"), h("th", null, "Country"), h("th", { class: "num" }, "Events"),
        QUADS.map((qq) => h("th", { class: "num", title: qq.label }, `Q${qq.n}`)), h("th", { class: "num" }, "Goldstein"))),
      h("tbody", null, res.items.slice(0, 25).map((pl) => h("tr", null,
        h("td", null, h("a", { href: placeHref(pl, q.from ?? "", q.to ?? "") }, pl.name ?? "?")), h("td", null, pl.country ?? ""),
        h("td", { class: "num" }, num(pl.events)), QUADS.map((qq) => h("td", { class: "num" }, num(pl[qq.key]))),
        h("td", { class: "num" }, fixed(pl.goldstein_mean, 1)))))));
  };
  form.addEventListener("submit", (ev) => { ev.preventDefault(); void load(); });
  form.addEventListener("change", () => void load());
  await load();
}
