/**
 * A TypeScript port of the reference article scorer (`../shared/tools/score_events.py article`),
 * rule for rule, so that `npm run eval events` gives the numbers the team's Python tool gives:
 *
 * - participants compare by country (sector ignored); IGO/NGO codes by their organisation;
 * - a prediction fills a required item when the type matches (the item's or an alternative's),
 *   the participants match, and its evidence lies in the sentence of the item's evidence;
 * - one prediction fills one item; directed matches are taken before undirected ones;
 * - a prediction matching nothing (required or acceptable, direction ignored, same sentence) is false;
 * - negated or hypothetical predictions are not scored, historical ones are dropped.
 * `reference-score.test.ts` pins this port to the Python tool's output on a committed fixture.
 */
import { createHash } from 'node:crypto';

/** The fields of a PLOVER record the scorer reads. */
export interface ScoredRecord {
  readonly doc_id?: string;
  readonly event?: string;
  readonly actor?: readonly (string | { code?: string | null; sector?: string | null; country?: string | null })[];
  readonly recipient?: readonly (string | { code?: string | null; sector?: string | null; country?: string | null })[];
  readonly negated?: boolean;
  readonly hypothetical?: boolean;
  readonly historical?: boolean;
  readonly evidence?: string;
  readonly text_info?: { readonly start?: number };
}

interface GoldItem {
  readonly id?: string;
  readonly event: string;
  readonly actor?: readonly string[];
  readonly recipient?: readonly string[];
  readonly evidence?: string;
  readonly alternatives?: readonly Partial<GoldItem>[];
}

/** A gold file in the seed's format (only what scoring reads). */
export interface ArticleGold {
  readonly document: unknown;
  readonly events: { readonly required: readonly GoldItem[]; readonly acceptable?: readonly GoldItem[] };
}

export interface ArticleScore {
  readonly required: number;
  readonly found_type: number;
  readonly found_dyad: number;
  readonly found_directed: number;
  readonly predicted: number;
  readonly false_positives: number;
  readonly detail: readonly { id?: string; event: string; type: boolean; dyad: boolean; directed: boolean }[];
  readonly fp: readonly { event: string; actor: string[]; recipient: string[]; evidence: string }[];
}

const ALIAS: Readonly<Record<string, string>> = { USR: 'SUN', EU: 'EUR', UN: 'UNO', NATO: 'NAT', OSCE: 'OSC', ASEAN: 'ASN', AU: 'AFU' };

/** Country code, or the organisation's code for IGO/NGO actors, cut to 3 letters. */
export function normCode(raw?: string | null, rawSector?: string | null): string {
  let code = (raw ?? '').toUpperCase().trim();
  let sector = (rawSector ?? '').toUpperCase().trim();
  code = ALIAS[code] ?? code;
  if (code.length > 3 && !sector) { sector = code.slice(3); code = code.slice(0, 3); }
  if ((code === 'IGO' || code === 'NGO') && sector) code = ALIAS[sector] ?? sector;
  return (ALIAS[code] ?? code).slice(0, 3);
}

type Party = ScoredRecord['actor'];

function parts(list: Party | readonly string[] | undefined): Set<string> {
  const out = new Set<string>();
  for (const a of list ?? []) {
    if (typeof a === 'string') out.add(normCode(a));
    else if (a && typeof a === 'object') {
      const c = a.code || a.country;
      if (c) out.add(normCode(c, a.sector));
    }
  }
  out.delete('');
  return out;
}

const same = (a: Set<string>, b: Set<string>): boolean => a.size === b.size && [...a].every((x) => b.has(x));
const union = (a: Set<string>, b: Set<string>): Set<string> => new Set([...a, ...b]);

interface Pred { event: string; actor: Set<string>; recipient: Set<string>; evidence: string; start?: number; span?: Set<number> }
interface Variant { events: Set<string>; actor: Set<string>; recipient: Set<string>; span?: Set<number> }

/** [type ok, directed ok, undirected ok]. */
function match(p: Pred, g: Variant): [boolean, boolean, boolean] {
  const t = g.events.has(p.event);
  const strict = same(p.actor, g.actor) && same(p.recipient, g.recipient);
  const undirected = same(union(p.actor, p.recipient), union(g.actor, g.recipient));
  return [t, t && strict, t && undirected];
}

function variants(item: GoldItem, where?: Locator): Variant[] {
  const base: Variant = { events: new Set([item.event]), actor: parts(item.actor), recipient: parts(item.recipient), span: where?.sentencesOf(item.evidence) };
  const out = [base];
  for (const alt of item.alternatives ?? []) {
    const v: Variant = { ...base, events: new Set([alt.event ?? item.event]) };
    if (alt.actor) v.actor = parts(alt.actor);
    if (alt.recipient) v.recipient = parts(alt.recipient);
    if (alt.evidence && where) v.span = where.sentencesOf(alt.evidence);
    out.push(v);
  }
  return out;
}

/** Python's `str.isspace` (and `\s` in its regular expressions): JavaScript's `\s` plus U+001C–U+001F and U+0085. */
function isSpace(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return /\s/.test(ch) || (c >= 0x1c && c <= 0x1f) || c === 0x85;
}

/** Runs of whitespace collapsed to one space, as `re.sub(r'\s+', ' ', text)` does. */
function collapse(text: string): string {
  let out = '';
  let inSpace = false;
  for (const ch of text) {
    const ws = isSpace(ch);
    if (!ws) out += ch;
    else if (!inSpace) out += ' ';
    inSpace = ws;
  }
  return out;
}

/** Sentence spans of an article, on its text with whitespace collapsed (as the reference does). */
export class Locator {
  private static readonly ABBREV = /(?:\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj|Capt|Sgt|Adm|Sen|Rep|Gov|Pres|St|Sr|Jr|No|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Inc|Corp|Co|Ltd)\.)$/;
  private static readonly BOUNDARY = /(?<=[.!?])["\u201d\u2019)]*\s+(?=["\u201c\u2018(]?[A-Z0-9])/g;
  readonly text: string;
  private readonly starts: number[];
  private readonly toCollapsed: number[];

  constructor(text: string) {
    this.text = collapse(text);
    this.starts = [0];
    for (const m of this.text.matchAll(Locator.BOUNDARY)) {
      if (!Locator.ABBREV.test(this.text.slice(0, m.index))) this.starts.push(m.index + m[0].length);
    }
    this.toCollapsed = [];
    let j = 0;
    let prevWs = false;
    // Python iterates code points (and `text_info.start` is read as one): astral characters count once.
    for (const ch of text) {
      const ws = isSpace(ch);
      if (!(ws && prevWs)) j++;
      this.toCollapsed.push(j - 1);
      prevWs = ws;
    }
  }

  sentenceAt(pos: number): number {
    let lo = 0;
    for (let i = 0; i < this.starts.length; i++) {
      if (this.starts[i] <= pos) lo = i;
      else break;
    }
    return lo;
  }

  sentencesOf(evidence?: string, near?: number): Set<number> | undefined {
    if (!evidence) return undefined;
    const ev = collapse(evidence).trim();
    if (!ev) return undefined;
    const hits: number[] = [];
    for (let at = this.text.indexOf(ev); at >= 0; at = this.text.indexOf(ev, at + 1)) hits.push(at);
    if (!hits.length) return undefined;
    const at = near === undefined ? hits[0] : hits.reduce((best, h) => (Math.abs(h - near) < Math.abs(best - near) ? h : best));
    const out = new Set<number>();
    for (let s = this.sentenceAt(at); s <= this.sentenceAt(at + ev.length - 1); s++) out.add(s);
    return out;
  }

  /** The sentences `evidence` lies in (as `sentencesOf` finds them), none when it is missing or not in the text. */
  sentencesIn(evidence?: string): Set<number> {
    return this.sentencesOf(evidence) ?? new Set<number>();
  }

  /** Whether `evidence` lies in one of `sentences` (another text's, from `sentencesIn`): the study scripts' "same sentence". */
  inSentences(evidence: string | undefined, sentences: ReadonlySet<number>): boolean {
    return [...this.sentencesIn(evidence)].some((s) => sentences.has(s));
  }

  place(p: Pred): Set<number> | undefined {
    const near = typeof p.start === 'number' && this.toCollapsed.length ? this.toCollapsed[Math.min(p.start, this.toCollapsed.length - 1)] : undefined;
    return this.sentencesOf(p.evidence, near) ?? (near !== undefined ? new Set([this.sentenceAt(near)]) : undefined);
  }
}

function local(p: Pred, v: Variant): boolean {
  return !v.span || !p.span || [...p.span].some((s) => v.span!.has(s));
}

/**
 * Score one article's predictions against its gold, as `score_events.py article GOLD PRED TEXT`.
 * `text` turns on sentence locality; without it any sentence may fill an item.
 */
export function scoreArticle(gold: ArticleGold, records: readonly ScoredRecord[], text?: string): ArticleScore {
  const preds: Pred[] = records
    .filter((r) => !r.negated && !r.hypothetical && !r.historical)
    .map((r) => ({ event: (r.event ?? '').toUpperCase(), actor: parts(r.actor), recipient: parts(r.recipient), evidence: r.evidence ?? '', start: r.text_info?.start }));
  const where = text ? new Locator(text) : undefined;
  if (where) for (const p of preds) p.span = where.place(p);
  const req = gold.events.required;
  const acc = gold.events.acceptable ?? [];
  const reqVariants = req.map((g) => variants(g, where));
  const used = new Set<number>();
  const bestOf = new Map<number, number>();
  for (const level of [1, 2] as const) {
    reqVariants.forEach((vs, gi) => {
      if (bestOf.has(gi)) return;
      const i = preds.findIndex((p, k) => !used.has(k) && vs.some((v) => match(p, v)[level] && local(p, v)));
      if (i >= 0) { bestOf.set(gi, i); used.add(i); }
    });
  }
  let foundType = 0;
  let foundDyad = 0;
  let foundDirected = 0;
  const detail = req.map((g, gi) => {
    const vs = reqVariants[gi];
    const i = bestOf.get(gi);
    const type = i !== undefined || preds.some((p) => vs.some((v) => match(p, v)[0] && local(p, v)));
    const directed = i !== undefined && vs.some((v) => match(preds[i], v)[1] && local(preds[i], v));
    foundType += Number(type);
    foundDyad += Number(i !== undefined);
    foundDirected += Number(directed);
    return { ...(g.id ? { id: g.id } : {}), event: g.event, type, dyad: i !== undefined, directed };
  });
  const allowed = [...req, ...acc].flatMap((g) => variants(g, where));
  const fp = preds
    .filter((p, i) => !used.has(i) && !allowed.some((v) => match(p, v)[2] && local(p, v)))
    .map((p) => ({ event: p.event, actor: [...p.actor].sort(), recipient: [...p.recipient].sort(), evidence: p.evidence.slice(0, 120) }));
  return { required: req.length, found_type: foundType, found_dyad: foundDyad, found_directed: foundDirected, predicted: preds.length, false_positives: fp.length, detail, fp };
}

/**
 * Whether the scorer counted record `r` as a false event in `score` (the score of the records `r` is one of):
 * scored (not flagged), and its type, parties and evidence are those of one of the score's false events. Two
 * records alike in all three are alike to the scorer, so both count as false when one does.
 */
export function isFalseRecord(score: ArticleScore, r: ScoredRecord): boolean {
  if (r.negated || r.hypothetical || r.historical) return false;
  const event = (r.event ?? '').toUpperCase();
  const [actor, recipient] = [parts(r.actor), parts(r.recipient)].map((side) => [...side].sort().join('+'));
  const evidence = (r.evidence ?? '').slice(0, 120);
  return score.fp.some((f) => f.event === event && f.actor.join('+') === actor && f.recipient.join('+') === recipient && f.evidence === evidence);
}

/** The id the reference gives a gold file's document (`reuters-NEWID` for Reuters stories). */
export function goldDocId(gold: ArticleGold): string {
  const doc = gold.document as { id?: string; newid?: string | number; NEWID?: string | number } | string;
  if (typeof doc === 'string') return doc;
  return doc.id ?? `reuters-${doc.newid ?? doc.NEWID}`;
}

export type Half = 'tune' | 'check';

/** The reference's split of news-dev (`newsdev_score.py --half`): the parity of the article id's SHA-1. */
export function halfOf(docId: string): Half {
  const last = createHash('sha1').update(docId).digest()[19];
  return last % 2 === 0 ? 'tune' : 'check';
}
