// Names, colours and number formats shared by the pages.

import { h } from "./dom";

export const QUADS: { key: "quad1" | "quad2" | "quad3" | "quad4"; n: number; label: string; color: string }[] = [
  { key: "quad1", n: 1, label: "Verbal cooperation", color: "#74add1" },
  { key: "quad2", n: 2, label: "Material cooperation", color: "#2c5fa8" },
  { key: "quad3", n: 3, label: "Verbal conflict", color: "#f49a5c" },
  { key: "quad4", n: 4, label: "Material conflict", color: "#b2182b" },
];

export const PLOVER_TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
];
export const LANGS: Record<string, string> = { it: "Italian", en: "English", fr: "French", es: "Spanish", de: "German" };
export const MODALITIES = ["asserted", "negated", "future", "hypothetical", "perceived", "historical"];

export const MENTION_KINDS: { kind: string; label: string }[] = [
  { kind: "state", label: "state" },
  { kind: "organisation", label: "organisation" },
  { kind: "person", label: "person" },
  { kind: "role", label: "role" },
  { kind: "place", label: "place" },
  { kind: "date", label: "date" },
  { kind: "gap", label: "gap (missing text)" },
];

export function quadColor(q: number | null | undefined): string {
  return QUADS.find((x) => x.n === q)?.color ?? "#999";
}

export function quadLabel(q: number | null | undefined): string {
  return QUADS.find((x) => x.n === q)?.label ?? "unknown";
}

// Cooperation (+1) to conflict (-1): blue through grey to red.
export function coopColor(v: number | null | undefined): string {
  if (v === null || v === undefined || Number.isNaN(v)) return "#9aa0a6";
  const t = Math.max(-1, Math.min(1, v));
  const lerp = (a: number, b: number, x: number) => Math.round(a + (b - a) * x);
  const grey = [170, 170, 170];
  const end = t >= 0 ? [33, 102, 172] : [178, 24, 43];
  const x = Math.abs(t);
  return `rgb(${lerp(grey[0], end[0], x)},${lerp(grey[1], end[1], x)},${lerp(grey[2], end[2], x)})`;
}

export function goldsteinToCoop(g: number | null | undefined): number | null {
  // Goldstein runs from -10 to 10, but means of mixed events rarely pass ±5.
  return g === null || g === undefined ? null : g / 5;
}

const nf = new Intl.NumberFormat("en");
export function num(n: number | null | undefined): string {
  return n === null || n === undefined ? "–" : nf.format(n);
}

export function fixed(n: number | null | undefined, d = 2): string {
  return n === null || n === undefined ? "–" : n.toFixed(d);
}

export function typeBadge(type: string, quad: number | null | undefined): HTMLElement {
  return h("span", { class: `badge q${quad ?? 0}`, title: quadLabel(quad) }, type);
}

export function codesText(codes: string[]): string {
  return codes.length ? codes.join(", ") : "–";
}

export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  const ly = Number(last.slice(0, 4));
  const lm = Number(last.slice(5, 7));
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1;
    if (m > 12) { m = 1; y += 1; }
    if (out.length > 1200) break;
  }
  return out;
}

export function monthEnd(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const d = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(d).padStart(2, "0")}`;
}

export interface Bucket { label: string; from: string; to: string; sums: Record<string, number> }

// Monthly rows as a continuous axis: empty months are shown as empty, and a span longer than
// twenty years (often one historical date among recent news) is summed by year instead.
export function timeBuckets<T extends Record<string, unknown>>(rows: T[], key: keyof T & string, fields: string[]): Bucket[] {
  const keyed = rows.filter((r) => typeof r[key] === "string" && /^\d{4}-\d{2}/.test(r[key] as string));
  if (!keyed.length) return [];
  const months = keyed.map((r) => (r[key] as string).slice(0, 7)).sort();
  const first = months[0] as string;
  const last = months[months.length - 1] as string;
  const all = monthsBetween(first, last);
  const byYear = all.length > 240;
  const buckets = new Map<string, Bucket>();
  const labels = byYear ? [...new Set(all.map((m) => m.slice(0, 4)))] : all;
  for (const l of labels) {
    buckets.set(l, { label: l, from: byYear ? `${l}-01-01` : `${l}-01`, to: byYear ? `${l}-12-31` : monthEnd(l), sums: Object.fromEntries(fields.map((f) => [f, 0])) });
  }
  for (const r of keyed) {
    const m = (r[key] as string).slice(0, 7);
    const b = buckets.get(byYear ? m.slice(0, 4) : m);
    if (!b) continue;
    for (const f of fields) b.sums[f] = (b.sums[f] ?? 0) + Number(r[f] ?? 0);
  }
  return [...buckets.values()];
}

// The months that hold the bulk of the events: a few stray dates decades away (a historical
// reference, a target year such as 2035) would otherwise squash the chart of the news into a
// sliver. Tails holding at most 1% of the events (one event in small sets) at either end are
// cut off, but only when
// that shortens the span by more than half.
export function coreMonths(rows: { month: string; events: number }[]): { first: string; last: string; hidden: number } | null {
  const sorted = rows.filter((r) => r.month).sort((a, b) => a.month.localeCompare(b.month));
  if (!sorted.length) return null;
  const total = sorted.reduce((s, r) => s + r.events, 0);
  const cut = total >= 20 ? Math.max(1, Math.floor(total * 0.01)) : 0;
  let lo = 0;
  let acc = 0;
  while (lo < sorted.length - 1 && acc + (sorted[lo]?.events ?? 0) <= cut) { acc += sorted[lo]?.events ?? 0; lo++; }
  let hi = sorted.length - 1;
  let acc2 = 0;
  while (hi > lo && acc2 + (sorted[hi]?.events ?? 0) <= cut) { acc2 += sorted[hi]?.events ?? 0; hi--; }
  const full = monthsBetween(sorted[0]?.month ?? "", sorted[sorted.length - 1]?.month ?? "").length;
  const core = monthsBetween(sorted[lo]?.month ?? "", sorted[hi]?.month ?? "").length;
  if (core * 2 > full) return { first: sorted[0]?.month ?? "", last: sorted[sorted.length - 1]?.month ?? "", hidden: 0 };
  return { first: sorted[lo]?.month ?? "", last: sorted[hi]?.month ?? "", hidden: acc + acc2 };
}

// coreMonths for a continuous series (one row per period, empty ones included): the index
// range that holds all but at most 1% of the weight at either end, when that range is less
// than half the series.
export function coreSlice<T>(rows: T[], weight: (r: T) => number): { lo: number; hi: number; hidden: number } {
  const total = rows.reduce((s, r) => s + weight(r), 0);
  const cut = total >= 20 ? Math.max(1, Math.floor(total * 0.01)) : 0;
  let lo = 0;
  let acc = 0;
  while (lo < rows.length - 1 && acc + weight(rows[lo] as T) <= cut) { acc += weight(rows[lo] as T); lo++; }
  let hi = rows.length - 1;
  let acc2 = 0;
  while (hi > lo && acc2 + weight(rows[hi] as T) <= cut) { acc2 += weight(rows[hi] as T); hi--; }
  // Trim empty periods at both ends in any case.
  while (lo < hi && weight(rows[lo] as T) === 0) lo++;
  while (hi > lo && weight(rows[hi] as T) === 0) hi--;
  if ((hi - lo + 1) * 2 > rows.length) return { lo: 0, hi: rows.length - 1, hidden: 0 };
  return { lo, hi, hidden: acc + acc2 };
}
