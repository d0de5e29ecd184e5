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
  return g === null || g === undefined ? null : g / 10;
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
