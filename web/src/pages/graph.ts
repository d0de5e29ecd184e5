// Relations graph: force layout of actors for a period chosen with a time slider.
// Edge colour runs from conflict (red) to cooperation (blue); alliance edges are dashed.

import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, SimulationLinkDatum, SimulationNodeDatum } from "d3-force";
import { api, GraphData, GraphEdge, GraphNode, Stats } from "../api";
import { legend } from "../charts";
import { debounce, h, s } from "../dom";
import { coopColor, coreMonths, monthEnd, monthsBetween } from "../format";
import type { Ctx } from "../main";

interface N extends SimulationNodeDatum { id: string; data: GraphNode; r: number }
interface L extends SimulationLinkDatum<N> { data: GraphEdge }

const KIND_COLOR: Record<string, string> = { state: "#3b7d6e", organisation: "#6a5acd", other: "#8a8a8a" };
const W = 960;
const H = 620;
const positions = new Map<string, { x: number; y: number }>();

// The API's event edges are directed (A -> B and B -> A apart); the picture draws one line per
// pair: weights summed, the indices averaged by weight.
export function undirected(edges: GraphEdge[]): GraphEdge[] {
  const out = new Map<string, GraphEdge & { parts: string[] }>();
  const rest: GraphEdge[] = [];
  for (const e of edges) {
    if (e.layer !== "events") { rest.push(e); continue; }
    const [a, b] = e.source < e.target ? [e.source, e.target] : [e.target, e.source];
    const key = `${a}|${b}`;
    const w = e.weight || 0;
    const part = `${e.source} → ${e.target}: ${w}`;
    const cur = out.get(key);
    if (!cur) {
      out.set(key, { ...e, source: a, target: b, weight: w, parts: [part] });
      continue;
    }
    const tot = (cur.weight || 0) + w;
    const mix = (x: number | null | undefined, y: number | null | undefined) =>
      x === null || x === undefined ? y : y === null || y === undefined ? x : tot ? (x * (cur.weight || 0) + y * w) / tot : x;
    cur.coop_conflict = mix(cur.coop_conflict, e.coop_conflict) ?? null;
    cur.goldstein_mean = mix(cur.goldstein_mean, e.goldstein_mean) ?? null;
    cur.weight = tot;
    cur.parts.push(part);
  }
  return [...out.values(), ...rest];
}

// The backbone of a dense network: each actor keeps its `k` heaviest event links (a link
// stays when either end keeps it). A busy period links nearly every pair of active actors,
// and drawing all of them gives a ball of wool.
export function backbone(edges: GraphEdge[], k: number): GraphEdge[] {
  if (k <= 0) return edges;
  const ev = edges.filter((e) => e.layer === "events");
  const keep = new Set<GraphEdge>();
  const by = new Map<string, GraphEdge[]>();
  for (const e of ev) {
    for (const c of [e.source, e.target]) by.set(c, [...(by.get(c) ?? []), e]);
  }
  for (const list of by.values()) {
    list.sort((a, b) => (b.weight || 0) - (a.weight || 0));
    for (const e of list.slice(0, k)) keep.add(e);
  }
  return edges.filter((e) => e.layer !== "events" || keep.has(e));
}

function draw(svg: SVGSVGElement, data: GraphData, showAlliances: boolean, perActor: number): void {
  const maxEv = Math.max(1, ...data.nodes.map((n) => n.events || 0));
  // Smaller discs when there are many actors, so that labels stay readable.
  const scale = Math.min(1, Math.sqrt(40 / Math.max(1, data.nodes.length)));
  const nodes: N[] = data.nodes.map((n) => {
    const prev = positions.get(n.code);
    return { id: n.code, data: n, r: 4 + 18 * scale * Math.sqrt((n.events || 0) / maxEv), x: prev?.x, y: prev?.y };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = backbone(undirected(data.edges), perActor).filter((e) => (showAlliances || e.layer !== "alliance") && byId.has(e.source) && byId.has(e.target) && e.source !== e.target);
  const links: L[] = edges.map((e) => ({ source: e.source, target: e.target, data: e }));
  const maxW = Math.max(1, ...edges.filter((e) => e.layer === "events").map((e) => e.weight || 0));
  // A fixed number of ticks, then a static picture: the layout is the same on every load
  // and nodes stay put under the pointer.
  const sim = forceSimulation<N>(nodes)
    .force("link", forceLink<N, L>(links).id((d) => d.id)
      .distance((l) => (l.data.layer === "alliance" ? 120 : 90))
      .strength((l) => (l.data.layer === "alliance" ? 0.05 : 0.4)))
    .force("charge", forceManyBody<N>().strength(-260))
    .force("collide", forceCollide<N>().radius((d) => d.r + 4))
    .force("x", forceX<N>(0).strength(0.05))
    .force("y", forceY<N>(0).strength(0.07))
    .force("center", forceCenter(0, 0))
    .stop();
  sim.tick(300);
  const xs = nodes.map((n) => n.x ?? 0);
  const ys = nodes.map((n) => n.y ?? 0);
  const pad = 40;
  const minX = Math.min(...xs, -100) - pad, maxX = Math.max(...xs, 100) + pad;
  const minY = Math.min(...ys, -100) - pad, maxY = Math.max(...ys, 100) + pad;
  svg.setAttribute("viewBox", `${minX} ${minY} ${maxX - minX} ${maxY - minY}`);
  svg.replaceChildren();
  const gEdges = s("g", { class: "edges" });
  const gNodes = s("g", { class: "nodes" });
  svg.append(gEdges, gNodes);
  const edgeEls: { el: SVGLineElement; a: string; b: string }[] = [];
  for (const l of links) {
    const a = l.source as N;
    const b = l.target as N;
    const alliance = l.data.layer === "alliance";
    const w = alliance ? 1 : 1 + 5 * Math.sqrt((l.data.weight || 0) / maxW);
    const el = s("line", {
      x1: a.x ?? 0, y1: a.y ?? 0, x2: b.x ?? 0, y2: b.y ?? 0,
      stroke: alliance ? "#b8b8b8" : coopColor(l.data.coop_conflict), "stroke-width": w,
      "stroke-dasharray": alliance ? "4 4" : null, class: alliance ? "edge alliance" : "edge",
    }, s("title", null, alliance ? `${a.id} – ${b.id}: alliance`
      : `${a.id} – ${b.id}: ${l.data.weight} events (${(l.data as GraphEdge & { parts?: string[] }).parts?.join(", ") ?? ""}), cooperation–conflict ${l.data.coop_conflict?.toFixed(2) ?? "–"}, Goldstein ${l.data.goldstein_mean?.toFixed(1) ?? "–"}`));
    gEdges.appendChild(el);
    edgeEls.push({ el, a: a.id, b: b.id });
  }
  for (const n of nodes) {
    positions.set(n.id, { x: n.x ?? 0, y: n.y ?? 0 });
    const g = s("g", { class: "node", transform: `translate(${(n.x ?? 0).toFixed(1)},${(n.y ?? 0).toFixed(1)})`, "data-code": n.id, tabindex: 0, role: "link",
      "aria-label": `${n.data.name ?? n.id}: ${n.data.events} events` },
      s("circle", { r: n.r, fill: KIND_COLOR[n.data.kind ?? "other"] ?? KIND_COLOR.other }),
      s("text", { y: n.r + 12, "text-anchor": "middle" }, n.id),
      s("title", null, `${n.data.name ?? n.id} (${n.id}): ${n.data.events} events`));
    const open = () => { window.location.hash = `#/actor/${encodeURIComponent(n.id)}`; };
    g.addEventListener("click", open);
    g.addEventListener("keydown", (ev) => { if ((ev as KeyboardEvent).key === "Enter") open(); });
    g.addEventListener("mouseenter", () => {
      for (const e of edgeEls) e.el.classList.toggle("dim", e.a !== n.id && e.b !== n.id);
    });
    g.addEventListener("mouseleave", () => { for (const e of edgeEls) e.el.classList.remove("dim"); });
    gNodes.appendChild(g);
  }
}

export async function graphPage(ctx: Ctx): Promise<void> {
  const { root, params } = ctx;
  const st = await api<Stats>("/stats", { top: 1 }, ctx.signal);
  root.appendChild(h("h1", null, "Relations graph"));
  // The slider covers the months that hold the bulk of the events (see coreMonths).
  const core = coreMonths(st.by_month);
  const months = core ? monthsBetween(core.first, core.last) : [];
  const windowSel = h("select", { name: "window", "aria-label": "window" },
    [["1", "1 month"], ["3", "3 months"], ["6", "6 months"], ["12", "12 months"], ["0", "all time"]].map(([v, l]) =>
      h("option", { value: v, selected: v === (params.get("window") ?? "0") }, l)));
  const endIdx = Math.max(0, months.indexOf(params.get("end") ?? "") >= 0 ? months.indexOf(params.get("end") ?? "") : months.length - 1);
  const slider = h("input", { type: "range", min: 0, max: Math.max(0, months.length - 1), value: endIdx, name: "end", "aria-label": "end month", id: "time-slider" });
  const alliances = h("input", { type: "checkbox", name: "alliances", checked: params.get("alliances") !== "false" });
  const maxNodes = h("select", { name: "max_nodes", "aria-label": "nodes" }, ["25", "50", "100", "150", "300"].map((v) =>
    h("option", { value: v, selected: v === (params.get("max_nodes") ?? "50") }, `${v} actors`)));
  const links = h("select", { name: "links", "aria-label": "links per actor" }, [["3", "3 strongest links"], ["5", "5 strongest links"], ["10", "10 strongest links"], ["0", "all links"]].map(([v, l]) =>
    h("option", { value: v, selected: v === (params.get("links") ?? "5") }, `${l} per actor`)));
  const label = h("span", { class: "period-label", id: "graph-period" });
  const info = h("p", { class: "muted small", id: "graph-info" });
  const svg = s("svg", { class: "graph", id: "graph", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "actor network" });
  root.appendChild(h("div", { class: "card controls" },
    h("label", null, "Window ", windowSel), h("label", { class: "grow" }, "Up to ", slider, label),
    h("label", null, alliances, " alliances"), h("label", null, maxNodes), h("label", null, links)));
  root.appendChild(legend([
    { color: coopColor(1), label: "cooperation" }, { color: coopColor(0), label: "mixed" }, { color: coopColor(-1), label: "conflict" },
    { color: "#b8b8b8", label: "alliance (KB)", dashed: true },
    { color: KIND_COLOR.state ?? "", label: "state" }, { color: KIND_COLOR.organisation ?? "", label: "organisation" },
  ]));
  root.appendChild(h("div", { class: "card graph-wrap" }, svg, info));
  let ctl: AbortController | null = null;
  const load = async () => {
    ctl?.abort();
    ctl = new AbortController();
    const win = Number(windowSel.value);
    const end = months[Number(slider.value)];
    const start = win && end ? months[Math.max(0, Number(slider.value) - win + 1)] : months[0];
    slider.disabled = win === 0;
    label.textContent = win === 0 || !end ? " all time" : ` ${start} – ${end}`;
    ctx.setParams({ window: String(win), end: end ?? null, alliances: alliances.checked ? null : "false", max_nodes: maxNodes.value, links: links.value });
    const q = win && end && start ? { from: `${start}-01`, to: monthEnd(end) } : {};
    try {
      const data = await api<GraphData>("/graph", { ...q, alliances: alliances.checked, max_nodes: maxNodes.value }, ctl.signal);
      const perActor = Number(links.value);
      draw(svg, data, alliances.checked, perActor);
      const pairs = undirected(data.edges);
      const evEdges = pairs.filter((e) => e.layer === "events").length;
      const shown = backbone(pairs, perActor).filter((e) => e.layer === "events").length;
      info.textContent = data.nodes.length
        ? `${data.nodes.length} actors${data.truncated ? " (the most active)" : ""}, ${shown === evEdges ? evEdges : `${shown} of ${evEdges}`} event links. Click an actor to open its page.`
        : "No actors with events in this period.";
    } catch (e) {
      if (e instanceof DOMException && e.name === "AbortError") return;
      info.textContent = e instanceof Error ? e.message : String(e);
    }
  };
  const later = debounce(() => void load(), 200);
  slider.addEventListener("input", later);
  windowSel.addEventListener("change", () => void load());
  alliances.addEventListener("change", () => void load());
  maxNodes.addEventListener("change", () => void load());
  links.addEventListener("change", () => void load());
  ctx.signal.addEventListener("abort", () => ctl?.abort());
  await load();
}
