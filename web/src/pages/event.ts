// One event: its coding, and the article text with the evidence highlighted.
//
// Every span (sentence, trigger, actors, recipients, mentions) is a pair of character offsets
// into article.text. The text is cut at every span boundary; each piece gets the classes of
// the spans that cover it, so overlapping spans need no nesting. Zero-length spans (gaps at a
// position) become visible markers.

import { api, Article, EventDetail, Mention, StoredActor } from "../api";
import { legend } from "../charts";
import { h } from "../dom";
import { MENTION_KINDS, codesText, fixed, quadLabel, typeBadge } from "../format";
import type { Ctx } from "../main";

interface Mark { start: number; end: number; cls: string; title?: string; order: number }

function mentionTitle(m: Mention): string {
  const bits = [m.kind];
  if (m.code) bits.push(m.code);
  if (m.name) bits.push(m.name);
  if (m.role) bits.push(m.role);
  if (m.value) bits.push(m.kind === "gap" ? `missing: ${m.value}` : `= ${m.value}`);
  if (m.inferred) bits.push("(inferred)");
  return bits.join(" · ");
}

export function highlight(text: string, marks: Mark[]): HTMLElement {
  const len = text.length;
  const ok = marks.filter((m) => m.start >= 0 && m.end <= len && m.start <= m.end);
  const spans = ok.filter((m) => m.end > m.start);
  const points = ok.filter((m) => m.end === m.start);
  const cuts = new Set<number>([0, len]);
  for (const m of ok) { cuts.add(m.start); cuts.add(m.end); }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out = h("div", { class: "article-text", id: "article-text" });
  const pointsAt = new Map<number, Mark[]>();
  for (const p of points) pointsAt.set(p.start, [...(pointsAt.get(p.start) ?? []), p]);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as number;
    for (const p of pointsAt.get(a) ?? []) {
      out.appendChild(h("mark", { class: `${p.cls} point`, title: p.title ?? null, "aria-label": p.title ?? "gap" }, "⋯"));
    }
    if (i === sorted.length - 1) break;
    const b = sorted[i + 1] as number;
    if (b <= a) continue;
    const piece = text.slice(a, b);
    const covering = spans.filter((m) => m.start <= a && m.end >= b).sort((x, y) => x.order - y.order);
    if (!covering.length) {
      out.appendChild(document.createTextNode(piece));
      continue;
    }
    const titled = [...covering].reverse().find((m) => m.title);
    out.appendChild(h("span", { class: covering.map((m) => m.cls).join(" "), title: titled?.title ?? null }, piece));
  }
  return out;
}

function actorList(label: string, refs: StoredActor[]): HTMLElement {
  return h("div", null, h("h3", null, label),
    refs.length ? h("ul", { class: "plain" }, refs.map((r) => h("li", null,
      r.code ? h("a", { href: `#/actor/${encodeURIComponent(r.code)}` }, r.code) : h("span", { class: "muted" }, "no code"),
      r.sector ? ` ${r.sector}` : "", " · “", r.text ?? "", "”",
      r.name ? h("span", { class: "muted" }, ` (${r.name})`) : null,
      r.inferred ? h("span", { class: "tag" }, "inferred") : null)))
      : h("p", { class: "muted" }, "none"));
}

export function articleMarks(ev: EventDetail, art: Article): Mark[] {
  const marks: Mark[] = [];
  for (const m of art.mentions) {
    if (m.start === null || m.end === null) continue;
    marks.push({ start: m.start, end: m.end, cls: `m m-${m.kind}`, title: mentionTitle(m), order: 1 });
  }
  if (ev.sentence.start !== null && ev.sentence.end !== null) {
    marks.push({ start: ev.sentence.start, end: ev.sentence.end, cls: "ev-sentence", order: 0 });
  }
  for (const r of ev.actors) if (r.start !== null && r.end !== null) marks.push({ start: r.start, end: r.end, cls: "ev-actor", title: `actor ${r.code ?? ""}`, order: 2 });
  for (const r of ev.recipients) if (r.start !== null && r.end !== null) marks.push({ start: r.start, end: r.end, cls: "ev-recipient", title: `recipient ${r.code ?? ""}`, order: 2 });
  if (ev.trigger.start !== null && ev.trigger.end !== null) {
    marks.push({ start: ev.trigger.start, end: ev.trigger.end, cls: "ev-trigger", title: `trigger: ${ev.type}`, order: 3 });
  }
  if (ev.date.start !== null && ev.date.end !== null && ev.date.end > ev.date.start) {
    marks.push({ start: ev.date.start, end: ev.date.end, cls: "ev-date", title: `date ${ev.date.value ?? ""}`, order: 2 });
  }
  return marks;
}

export async function eventPage(ctx: Ctx): Promise<void> {
  const id = ctx.parts[1] ?? "";
  const ev = await api<EventDetail>(`/events/${encodeURIComponent(id)}`, {}, ctx.signal);
  const { root } = ctx;
  const art = ev.article;
  const a0 = ev.actor_codes[0];
  const r0 = ev.recipient_codes[0];
  root.appendChild(h("p", { class: "crumbs" }, h("a", { href: "#/events" }, "Events"), " / ", ev.id));
  root.appendChild(h("h1", null, typeBadge(ev.type, ev.quad), " ", codesText(ev.actor_codes), " → ", codesText(ev.recipient_codes)));
  root.appendChild(h("div", { class: "grid2" },
    h("section", { class: "card" }, h("h2", null, "Coding"),
      h("dl", { class: "kv", id: "event-coding" },
        h("dt", null, "type"), h("dd", null, `${ev.type}${ev.mode ? ` (${ev.mode})` : ""} · CAMEO ${ev.cameo ?? "–"}`),
        h("dt", null, "quad class"), h("dd", null, `${ev.quad ?? "–"} ${quadLabel(ev.quad)}`),
        h("dt", null, "scores"), h("dd", null, `Goldstein ${fixed(ev.goldstein, 1)} · PLOVER ${fixed(ev.plover_score, 1)}`),
        h("dt", null, "modality"), h("dd", null, ev.modality ?? "–"),
        h("dt", null, "date"), h("dd", null, `${ev.date.value ?? "unresolved"} (${ev.date.precision ?? "?"})`, ev.date.text ? ` from “${ev.date.text}”` : ""),
        h("dt", null, "place"), h("dd", null, ev.place ? `${ev.place.name ?? ev.place.text ?? ""}${ev.place.country ? `, ${ev.place.country}` : ""}` : "–",
          ev.place?.country ? h("a", { href: `#/events?country=${encodeURIComponent(ev.place.country)}`, class: "small" }, " (events there)") : null),
        h("dt", null, "contexts"), h("dd", null, ev.contexts.join(", ") || "–"),
        h("dt", null, "confidence"), h("dd", null, `${fixed(ev.confidence, 2)} · ${ev.backend ?? ""} · ${ev.codebook ?? ""}`)),
      a0 && r0 ? h("p", null, h("a", { href: `#/dyad/${encodeURIComponent(a0)}/${encodeURIComponent(r0)}` }, `${a0}–${r0} over time →`)) : null),
    h("section", { class: "card" }, actorList("Actors", ev.actors), actorList("Recipients", ev.recipients))));

  if (!art) {
    root.appendChild(h("div", { class: "error" }, "The article of this event is not in the store."));
    return;
  }
  const textEl = highlight(art.text, articleMarks(ev, art));
  root.appendChild(h("section", { class: "card", id: "evidence" },
    h("h2", null, art.title ?? "Article"),
    h("p", { class: "muted small" }, [art.source, art.date, art.lang].filter(Boolean).join(" · "),
      art.url ? h("span", null, " · ", h("span", { class: "url" }, art.url)) : null),
    h("div", { class: "evidence-sentence" }, h("strong", null, "Evidence: "), "“", ev.sentence.text ?? "", "”"),
    legend([
      { color: "var(--sentence)", label: "evidence sentence" }, { color: "var(--trigger)", label: "trigger" },
      { color: "var(--actor)", label: "actor" }, { color: "var(--recipient)", label: "recipient" },
      ...MENTION_KINDS.map((k) => ({ color: `var(--m-${k.kind})`, label: k.label, dashed: k.kind === "gap" })),
    ]),
    textEl));
  const others = art.events.filter((e) => e.id !== ev.id);
  if (others.length) {
    root.appendChild(h("section", { class: "card" }, h("h2", null, "Other events in this article"),
      h("ul", { class: "plain" }, others.map((o) => h("li", null,
        h("a", { href: `#/event/${encodeURIComponent(o.id)}` }, o.type), ` ${codesText(o.actor_codes)} → ${codesText(o.recipient_codes)} · “${o.trigger.text ?? ""}”`)))));
  }
  // Bring the evidence into view inside the article box (not the whole page).
  const trig = textEl.querySelector(".ev-trigger");
  if (trig instanceof HTMLElement) textEl.scrollTop = Math.max(0, trig.offsetTop - textEl.offsetTop - 80);
}
