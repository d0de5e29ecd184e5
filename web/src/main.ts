// The dashboard shell: hash router, navigation, token prompt, page lifecycle.

import "./style.css";
import { ApiError, isAbort, setToken } from "./api";
import { paintSwatches } from "./charts";
import { clear, h } from "./dom";
import { actorPage, actorsPage } from "./pages/actor";
import { dyadPage } from "./pages/dyad";
import { eventPage } from "./pages/event";
import { eventsPage } from "./pages/events";
import { graphPage } from "./pages/graph";
import { mapPage } from "./pages/map";
import { overviewPage } from "./pages/overview";

export interface Ctx {
  root: HTMLElement;
  params: URLSearchParams;
  parts: string[];
  signal: AbortSignal;
  // Replace the query of the current hash without adding a history entry per keystroke.
  setParams(p: Record<string, string | null | undefined>, push?: boolean): void;
}

type Page = (ctx: Ctx) => Promise<void>;

const ROUTES: { match: RegExp; nav?: string; title: string; page: Page }[] = [
  { match: /^$/, nav: "Overview", title: "Overview", page: overviewPage },
  { match: /^events$/, nav: "Events", title: "Events", page: eventsPage },
  { match: /^event\/[^/]+$/, title: "Event", page: eventPage },
  { match: /^graph$/, nav: "Graph", title: "Relations graph", page: graphPage },
  { match: /^dyad(\/[^/]+\/[^/]+)?$/, nav: "Dyads", title: "Dyad timeline", page: dyadPage },
  { match: /^map$/, nav: "Map", title: "Map", page: mapPage },
  { match: /^actors$/, nav: "Actors", title: "Actors", page: actorsPage },
  { match: /^actor\/[^/]+$/, title: "Actor", page: actorPage },
];

const NAV_HREF: Record<string, string> = { Overview: "#/", Events: "#/events", Graph: "#/graph", Dyads: "#/dyad", Map: "#/map", Actors: "#/actors" };

let current: AbortController | null = null;

function parseHash(): { path: string; params: URLSearchParams } {
  const raw = window.location.hash.replace(/^#\/?/, "");
  const [path, qs] = raw.split("?", 2);
  return { path: decodeURI(path ?? "").replace(/\/$/, ""), params: new URLSearchParams(qs ?? "") };
}

function renderNav(active: string | undefined): void {
  const nav = document.getElementById("nav");
  if (!nav) return;
  clear(nav);
  for (const [label, href] of Object.entries(NAV_HREF)) {
    nav.appendChild(h("a", { href, class: label === active ? "active" : null, "aria-current": label === active ? "page" : null }, label));
  }
}

function tokenPrompt(root: HTMLElement, message: string): void {
  const input = h("input", { type: "password", name: "token", autocomplete: "off", placeholder: "token", "aria-label": "API token" });
  const form = h("form", { class: "card token-form" },
    h("h2", null, "This server needs a token"),
    h("p", null, message),
    h("p", { class: "muted" }, "It is the --token given to dyads serve; it is kept for this browser tab only."),
    input, h("button", { type: "submit" }, "Use token"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    setToken(input.value.trim() || null);
    void route();
  });
  clear(root);
  root.appendChild(form);
  input.focus();
}

export function showError(root: HTMLElement, e: unknown): void {
  if (isAbort(e)) return;
  if (e instanceof ApiError && e.status === 401) {
    tokenPrompt(root, e.message);
    return;
  }
  const msg = e instanceof ApiError ? `${e.message} (${e.code}, ${e.status})` : e instanceof Error ? e.message : String(e);
  root.appendChild(h("div", { class: "error", role: "alert" }, h("strong", null, "Could not load this page. "), msg));
}

function takeToken(): void {
  // A link printed by `dyads serve --token T` carries #token=T: keep it for this tab, then drop
  // it from the address bar and the history.
  const m = window.location.hash.match(/^#token=([^&]+)/);
  if (m) {
    setToken(decodeURIComponent(m[1] ?? ""));
    window.history.replaceState(null, "", "#/");
  }
}

async function route(): Promise<void> {
  takeToken();
  const { path, params } = parseHash();
  const parts = path.split("/").filter(Boolean).map((p) => decodeURIComponent(p));
  const r = ROUTES.find((x) => x.match.test(path));
  const root = document.getElementById("app") as HTMLElement;
  current?.abort();
  const ctl = new AbortController();
  current = ctl;
  renderNav(r?.nav ?? (path.startsWith("event") ? "Events" : path.startsWith("actor") ? "Actors" : undefined));
  clear(root);
  delete root.dataset.ready;
  if (!r) {
    root.appendChild(h("div", { class: "error" }, `No page '${path}'. `, h("a", { href: "#/" }, "Go to the overview.")));
    return;
  }
  document.title = `${r.title} · dyads`;
  const ctx: Ctx = {
    root, params, parts, signal: ctl.signal,
    setParams(p, push = false) {
      const next = new URLSearchParams(params);
      for (const [k, v] of Object.entries(p)) {
        if (v === null || v === undefined || v === "") next.delete(k);
        else next.set(k, v);
      }
      const qs = next.toString();
      const hash = `#/${path}${qs ? `?${qs}` : ""}`;
      if (push) window.location.hash = hash;
      else window.history.replaceState(null, "", hash);
    },
  };
  const status = document.getElementById("status");
  if (status) status.textContent = "loading…";
  root.setAttribute("aria-busy", "true");
  try {
    await r.page(ctx);
    paintSwatches(root);
  } catch (e) {
    showError(root, e);
  } finally {
    if (current === ctl) {
      root.removeAttribute("aria-busy");
      if (status) status.textContent = "";
      root.dataset.ready = path || "overview";
    }
  }
}

function init(): void {
  window.addEventListener("hashchange", () => void route());
  void route();
}

init();
