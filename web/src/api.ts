// The /v1 client: bearer token from the session, one error type, cancellation per page.

const TOKEN_KEY = "dyads.token";

export class ApiError extends Error {
  constructor(public status: number, public code: string, message: string) {
    super(message);
  }
}

export function getToken(): string | null {
  return window.sessionStorage.getItem(TOKEN_KEY);
}

export function setToken(token: string | null): void {
  if (token) window.sessionStorage.setItem(TOKEN_KEY, token);
  else window.sessionStorage.removeItem(TOKEN_KEY);
}

export type Params = Record<string, string | number | boolean | null | undefined>;

export function query(params: Params): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === undefined || v === "") continue;
    q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}

export async function api<T>(path: string, params: Params = {}, signal?: AbortSignal, init: RequestInit = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  const token = getToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (init.body) headers["Content-Type"] = "application/json";
  const resp = await fetch(`/v1${path}${query(params)}`, { ...init, headers, signal, credentials: "same-origin" });
  if (!resp.ok) {
    let code = "error";
    let message = `${resp.status} ${resp.statusText}`;
    try {
      const body = (await resp.json()) as { error?: { code?: string; message?: string } };
      code = body.error?.code ?? code;
      message = body.error?.message ?? message;
    } catch {
      // not JSON: keep the status line
    }
    throw new ApiError(resp.status, code, message);
  }
  return (await resp.json()) as T;
}

export function isAbort(e: unknown): boolean {
  return e instanceof DOMException && e.name === "AbortError";
}

// ---- response types (the subset the dashboard reads; see /openapi.json for all fields) ------
export interface Span { start: number | null; end: number | null; text: string | null }
export interface EventDate { value: string | null; precision: string | null; text: string | null; day: string | null; start: number | null; end: number | null }
export interface EventPlace { text: string | null; name: string | null; country: string | null; lat: number | null; lon: number | null; resolution: string | null }
export interface EventSummary {
  id: string; article_id: string; type: string; mode: string | null; cameo: string | null;
  goldstein: number | null; quad: number | null; plover_score: number | null; modality: string | null;
  date: EventDate; trigger: Span; sentence: Span; place: EventPlace | null;
  actor_codes: string[]; recipient_codes: string[]; contexts: string[]; confidence: number | null;
  backend: string | null; codebook: string | null; lang: string | null;
  article_title: string | null; article_source: string | null; article_date: string | null;
}
export interface Page<T> { total: number; limit: number; offset: number; page: number; page_size: number; items: T[] }
export interface StoredActor { role: string; idx: number; text: string | null; start: number | null; end: number | null; code: string | null; sector: string | null; kb_id: string | null; name: string | null; inferred: boolean | null }
export interface Mention { idx: number; kind: string; text: string | null; start: number | null; end: number | null; code: string | null; sector: string | null; name: string | null; value: string | null; role: string | null; inferred: boolean | null; source: string | null; confidence: number | null }
export interface ArticleEvent { id: string; type: string; modality: string | null; trigger: Span; sentence: Span; actor_codes: string[]; recipient_codes: string[] }
export interface Article {
  id: string; title: string | null; url: string | null; source: string | null; date: string | null; lang: string | null;
  text: string; path: string | null; mentions: Mention[]; events: ArticleEvent[]; n_tokens: number | null;
}
export interface EventDetail extends EventSummary { actors: StoredActor[]; recipients: StoredActor[]; article: Article | null }
export interface MonthQuad { month: string; events: number; quad1: number; quad2: number; quad3: number; quad4: number }
export interface DyadCount { actor: string; recipient: string; events: number; cooperation: number; conflict: number }
export interface Run { run_id: number; started: string | null; finished: string | null; version: string | null; kb_version: string | null; paths: string[]; articles_read: number | null; articles_new: number | null; events_new: number | null; skipped: number | null }
export interface Stats {
  articles: number; events: number; undated_events: number; actors: number; first_day: string | null; last_day: string | null;
  by_month: MonthQuad[]; by_type: Record<string, number>; by_modality: Record<string, number>;
  top_dyads: DyadCount[]; languages: { lang: string; articles: number; events: number }[]; runs: number; last_run: Run | null;
}
export interface Actor { code: string; kind: string; name: string; names: Record<string, string[]>; wikidata: string | null; events: number; as_actor: number; as_recipient: number }
export interface Counterpart { code: string; name: string; events: number; cooperation: number; conflict: number; goldstein_mean: number | null; coop_conflict: number }
export interface Membership { code: string; name: string; start: string | null; end: string | null }
export interface Office { person: string; wikidata: string | null; office: string; title: string; start: string | null; end: string | null }
export interface ActorDetail extends Actor {
  first_day: string | null; last_day: string | null; partners: Counterpart[]; adversaries: Counterpart[];
  memberships: Membership[]; members: Membership[]; offices: Office[];
  activity: { period: string; as_actor: number; as_recipient: number }[]; types: Record<string, number>;
}
export interface DyadPoint { period: string; events: number; quad1: number; quad2: number; quad3: number; quad4: number; goldstein_mean: number | null; coop_conflict: number | null }
export interface DyadSeries { a: string; b: string; a_name: string; b_name: string; by: string; total: number; series: DyadPoint[] }
export interface GraphNode { code: string; kind?: string | null; name?: string | null; events: number }
export interface GraphEdge { source: string; target: string; layer: string; weight: number; coop_conflict?: number | null; goldstein_mean?: number | null }
export interface GraphData { nodes: GraphNode[]; edges: GraphEdge[]; truncated: boolean }
export interface PlaceAgg { name: string | null; country: string | null; lat: number; lon: number; events: number; quad1: number; quad2: number; quad3: number; quad4: number; goldstein_mean: number | null }
export interface Places { items: PlaceAgg[]; total_events: number; unplaced_events: number }
