// Small SVG charts drawn by hand: stacked bars over time, a line overlay, horizontal bars and
// a period timeline. Each chart is an <svg> with a viewBox that scales to its container.

import { h, s } from "./dom";

export interface Segment { value: number; color: string; label: string }
export interface Bar { label: string; segments: Segment[]; href?: string }

// An axis for counts: a round step (1, 2 or 5 times a power of ten) giving at most five
// intervals, and a top that is a whole number of steps.
function countAxis(max: number): { top: number; ticks: number[] } {
  if (max <= 0) return { top: 1, ticks: [0, 1] };
  const raw = max / 5;
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * p).find((x) => x >= raw) ?? 10 * p);
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let t = 0; t <= top + 1e-9; t += step) ticks.push(t);
  return { top, ticks };
}

export interface LinePoint { index: number; value: number | null }

export function stackedBars(bars: Bar[], opts: { height?: number; line?: { points: LinePoint[]; min: number; max: number; color: string; label: string } } = {}): SVGSVGElement {
  const W = 900;
  const H = opts.height ?? 240;
  const m = { l: 44, r: opts.line ? 44 : 12, t: 10, b: 38 };
  const iw = W - m.l - m.r;
  const ih = H - m.t - m.b;
  const total = (b: Bar) => b.segments.reduce((a, x) => a + x.value, 0);
  const axis = countAxis(Math.max(0, ...bars.map(total)));
  const ymax = axis.top;
  const bw = bars.length ? iw / bars.length : iw;
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart", role: "img" });
  const g = s("g", { transform: `translate(${m.l},${m.t})` });
  svg.appendChild(g);
  for (const t of axis.ticks) {
    const y = ih - (t / ymax) * ih;
    g.appendChild(s("line", { x1: 0, x2: iw, y1: y, y2: y, class: "grid" }));
    g.appendChild(s("text", { x: -6, y: y + 4, class: "axis", "text-anchor": "end" }, String(t)));
  }
  const every = Math.max(1, Math.ceil(bars.length / 12));
  bars.forEach((b, i) => {
    const x = i * bw;
    let y = ih;
    const col = s("g", { class: "bar" });
    const tip = `${b.label}: ${total(b)}` + b.segments.filter((x) => x.value).map((x) => `\n${x.label}: ${x.value}`).join("");
    col.appendChild(s("title", null, tip));
    for (const seg of b.segments) {
      if (!seg.value) continue;
      const hgt = (seg.value / ymax) * ih;
      y -= hgt;
      col.appendChild(s("rect", { x: x + bw * 0.1, y, width: Math.max(1, bw * 0.8), height: hgt, fill: seg.color }));
    }
    // A transparent full-height target makes thin bars easy to hover and click.
    col.appendChild(s("rect", { x, y: 0, width: bw, height: ih, fill: "transparent" }));
    if (b.href) {
      const a = s("a", { href: b.href });
      a.appendChild(col);
      g.appendChild(a);
    } else {
      g.appendChild(col);
    }
    if (i % every === 0) {
      g.appendChild(s("text", { x: x + bw / 2, y: ih + 16, class: "axis", "text-anchor": "middle" }, b.label));
    }
  });
  g.appendChild(s("line", { x1: 0, x2: iw, y1: ih, y2: ih, class: "axis-line" }));
  if (opts.line) {
    const { points, min, max, color, label } = opts.line;
    const yv = (v: number) => ih - ((v - min) / (max - min)) * ih;
    let d = "";
    let pen = false;
    for (const p of points) {
      if (p.value === null) { pen = false; continue; }
      const x = p.index * bw + bw / 2;
      d += `${pen ? "L" : "M"}${x.toFixed(1)},${yv(p.value).toFixed(1)}`;
      pen = true;
    }
    if (min < 0 && max > 0) g.appendChild(s("line", { x1: 0, x2: iw, y1: yv(0), y2: yv(0), class: "zero" }));
    g.appendChild(s("path", { d, fill: "none", stroke: color, "stroke-width": 2 }));
    for (const p of points) {
      if (p.value === null) continue;
      g.appendChild(s("circle", { cx: p.index * bw + bw / 2, cy: yv(p.value), r: 3, fill: color },
        s("title", null, `${label}: ${p.value.toFixed(2)}`)));
    }
    for (const t of [min, (min + max) / 2, max]) {
      g.appendChild(s("text", { x: iw + 6, y: yv(t) + 4, class: "axis" }, String(t)));
    }
  }
  return svg;
}

export function legend(items: { color: string; label: string; dashed?: boolean }[]): HTMLElement {
  return h("div", { class: "legend" }, items.map((i) =>
    h("span", { class: "legend-item" }, h("i", { class: i.dashed ? "swatch dashed" : "swatch", "data-color": i.color }), i.label)));
}

// Swatches get their colour through the CSSOM (allowed by the page's CSP), not inline HTML.
export function paintSwatches(root: ParentNode): void {
  root.querySelectorAll<HTMLElement>("[data-color]").forEach((el) => {
    if (el.classList.contains("dashed")) el.style.borderColor = el.dataset.color ?? "";
    else el.style.background = el.dataset.color ?? "";
  });
}

export function hbars(rows: { label: string; value: number; href?: string; color?: string; note?: string }[]): HTMLElement {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return h("div", { class: "hbars" }, rows.map((r) => {
    const fill = h("span", { class: "hbar-fill" });
    fill.style.width = `${(100 * r.value) / max}%`;
    if (r.color) fill.style.background = r.color;
    const label = r.href ? h("a", { href: r.href }, r.label) : h("span", null, r.label);
    return h("div", { class: "hbar" }, h("span", { class: "hbar-label" }, label),
      h("span", { class: "hbar-track" }, fill), h("span", { class: "hbar-value" }, String(r.value), r.note ? ` ${r.note}` : ""));
  }));
}

export interface Period { start: string | null; end: string | null; label?: string }
export interface TimelineRow { label: string; href?: string; periods: Period[] }

// Rows of periods on a shared time axis: an organisation's members, a state's memberships,
// the holders of each office (one row per office, one bar per holder).
export function periodTimeline(rows: TimelineRow[], today = new Date().toISOString().slice(0, 10)): SVGSVGElement | HTMLElement {
  if (!rows.length) return h("p", { class: "muted" }, "None in the knowledge base.");
  const year = (d: string | null, dflt: number) => (d ? Number(d.slice(0, 4)) + (Number(d.slice(5, 7) || "1") - 1) / 12 : dflt);
  const now = year(today, 2025);
  const starts = rows.flatMap((r) => r.periods.map((p) => year(p.start, 1945)));
  const y0 = Math.floor(Math.min(...starts) / 10) * 10;
  const y1 = Math.ceil(now) + 1;
  const W = 900;
  const rowH = 20;
  const m = { l: 190, r: 10, t: 8, b: 24 };
  const H = m.t + m.b + rows.length * rowH;
  const iw = W - m.l - m.r;
  const x = (v: number) => ((v - y0) / (y1 - y0)) * iw;
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart timeline", role: "img" });
  const g = s("g", { transform: `translate(${m.l},${m.t})` });
  svg.appendChild(g);
  const span = y1 - y0;
  const step = span > 60 ? 20 : span > 30 ? 10 : 5;
  for (let t = Math.ceil(y0 / step) * step; t <= y1; t += step) {
    g.appendChild(s("line", { x1: x(t), x2: x(t), y1: 0, y2: rows.length * rowH, class: "grid" }));
    g.appendChild(s("text", { x: x(t), y: rows.length * rowH + 16, class: "axis", "text-anchor": "middle" }, String(t)));
  }
  rows.forEach((r, i) => {
    const y = i * rowH;
    const label = s("text", { x: -8, y: y + 14, class: "axis", "text-anchor": "end" }, r.label.length > 30 ? `${r.label.slice(0, 29)}…` : r.label);
    g.appendChild(r.href ? s("a", { href: r.href }, label) : label);
    r.periods.forEach((p, j) => {
      const a = x(year(p.start, y0));
      const b = x(year(p.end, now));
      const w = Math.max(2, b - a);
      const name = p.label ?? r.label;
      g.appendChild(s("rect", { x: a, y: y + 3, width: w, height: rowH - 6, rx: 3, class: `period ${p.end ? "ended" : "current"} alt${j % 2}` },
        s("title", null, `${name}: ${p.start ?? "?"} – ${p.end ?? "present"}`)));
      if (p.label && w > p.label.length * 5.5 + 6) {
        g.appendChild(s("text", { x: a + 4, y: y + 14, class: "period-label" }, p.label));
      }
    });
  });
  return svg;
}
