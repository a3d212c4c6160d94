/**
 * Visits on the visitor's own ground (`data/own-ground.tsv`, #12): "I visited city hospitals in Mykolaiv and Odesa",
 * "Zelenskyy visited the frontline positions of the Ukrainian army", "Putin visited occupied Mariupol". CAMEO codes every
 * visit as a consultation (042) and the roles take what is visited as the host, but PLOVER's CONSULT needs a host of
 * another side: a country's own towns, people and forces are none, and neither is ground the visitor's side holds (a
 * place called held, or in a war listed in `data/wars.tsv` on the article's date, the other side's places and people).
 * Bodies of the visitor's country ("visited the parliament") and capitals standing for governments are left as hosts.
 * Run on the filtered layer (index.ts): the learned filter's features count a sentence's events as the triggers coded
 * them, and a visit turned down here is not to change how the filter reads the events beside it.
 */
import { articleDate } from '../../core/days.js';
import { docView } from '../../core/doc-view.js';
import { DyadError } from '../../core/errors.js';
import type { DocumentWith } from '../../core/stage.js';
import { reason, type Reason } from '../../lang/reason.js';
import { loadKb, type ActorKb } from '../actors/kb.js';
import { tokenKey } from '../actors/name-key.js';
import { resolvedActors } from '../discourse/merge.js';
import { indexActors } from './participants.js';
import { shippedTable } from './shipped-table.js';
import { buildTree, childrenBy, type Tree } from './tree.js';
import type { CodedEvent, EventLayer, EventParticipant } from './types.js';
import { isWaged, loadWars, type War } from './wartime-target.js';

export interface OwnGround {
  /** Verbs of visiting (lemmas). */
  readonly visits: ReadonlySet<string>;
  /** Sectors of a country's people, forces and places: ground, not a host. */
  readonly ground: ReadonlySet<string>;
  /** Words that call a place held by force ("occupied"). */
  readonly held: ReadonlySet<string>;
}

const KINDS = ['visit', 'ground', 'held'] as const;

/** Rows `visit<TAB>lemma`, `ground<TAB>SECTOR`, `held<TAB>word`; `#` starts a comment. */
export function parseOwnGround(text: string, path: string): OwnGround {
  const sets = { visit: new Set<string>(), ground: new Set<string>(), held: new Set<string>() };
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [kind, value, ...rest] = line.split('\t').map((f) => f.trim());
    if (rest.length || !value || !(KINDS as readonly string[]).includes(kind)) throw new DyadError('E1410', { path, line: i + 1 });
    sets[kind as (typeof KINDS)[number]].add(value);
  });
  return { visits: sets.visit, ground: sets.ground, held: sets.held };
}

let kb: ActorKb | undefined;
const shipped = shippedTable('own-ground.tsv', parseOwnGround);

/**
 * Mention kinds of a country or a capital standing for its government: left as hosts, never ground (a first version that
 * dropped "visited Ukraine" by a Ukrainian changed no studied item and is not worth the risk of a misread visitor).
 */
const STATE_KINDS: ReadonlySet<string> = new Set(['country', 'capital']);

/** What the stage knows beyond the tree: the kind and code of the mention at a token, and the article's day. */
export interface GroundFacts {
  readonly kindAt: (token: number) => string | undefined;
  readonly codeAt?: (token: number) => string | undefined;
  readonly day?: string;
}

/**
 * The recipients of `event` that are ground, not a host, each with the reason; empty when the event is no visit (a
 * CONSULT, or its announced AGREE, whose trigger is a verb of visiting) or every recipient is a host.
 */
export function groundRecipients(tree: Tree, event: CodedEvent, facts: GroundFacts, table: OwnGround = shipped(), wars: readonly War[] = loadWars()): { recipient: EventParticipant; reason: Reason }[] {
  const verb = event.trigger.tokens[0];
  const lemmaAt = (t: number) => tree.lemmas[t] ?? '';
  // "made a trip to Bakhmut": the visit is the verb's object, and CAMEO codes the phrase as an intent to meet (036).
  const objectVisit = !table.visits.has(lemmaAt(verb)) && childrenBy(tree, verb, 'obj').some((o) => table.visits.has(lemmaAt(o)));
  const visit = event.event === 'CONSULT' || (event.event === 'AGREE' && (objectVisit || event.reasons.some((r) => r.rule === 'events/future-as')));
  if (!visit || !(objectVisit || table.visits.has(lemmaAt(verb)))) return [];
  // Visitors of one country: "Zelenskyy and Johnson visited St Michael's Monastery" is Ukraine hosting Britain.
  const visitors = new Set(event.actors.map((a) => a.code));
  if (visitors.size !== 1 || visitors.has(undefined)) return [];
  const out: { recipient: EventParticipant; reason: Reason }[] = [];
  for (const r of event.recipients) {
    if (!r.code) continue;
    const kind = facts.kindAt(r.tokens[0]);
    // A place, or a country's people or forces (no sector: "Ukrainian prisoners"); a body of the state is a host.
    const isStateKind = STATE_KINDS.has(kind ?? '');
    const ground = kind === 'place' || (!isStateKind && (!r.sector || table.ground.has(r.sector)));
    if (visitors.has(r.code) && ground) {
      out.push({ recipient: r, reason: reason('events/own-ground-visit', { name: r.name }) });
    } else if (ground && atWar(visitors, r.code, facts.day, wars)) {
      out.push({ recipient: r, reason: reason('events/held-ground-visit', { name: r.name }) });
    } else if ((ground || (isStateKind && (!r.sector || table.ground.has(r.sector)))) && holdersOf(tree, r, table.held, facts).some((c) => visitors.has(c))) {
      // Held ground is the holder's only: "Macron visited occupied Hebron" is still France consulting Palestine (review
      // of session 42). The holder named ("occupied by Russia", "Russian-occupied Crimea") overrides the exemption of a
      // place the actors stage codes as a country.
      out.push({ recipient: r, reason: reason('events/held-ground-visit', { name: r.name }) });
    }
  }
  return out;
}

/**
 * The codes of the holders the recipient's phrase names beside a word calling it held: the agent of the held word
 * ("occupied by Russia") or an actor modifying it ("Russian-occupied", "Turkish - occupied"). A held word with no holder
 * named gives none: whether the visitor holds the place is then read from `data/wars.tsv` alone.
 */
function holdersOf(tree: Tree, r: EventParticipant, held: ReadonlySet<string>, facts: GroundFacts): string[] {
  const out: string[] = [];
  const codeAt = facts.codeAt ?? (() => undefined);
  const heldPart = (t: number): boolean => {
    const parts = (tree.words[t] ?? '').toLowerCase().split('-');
    return held.has(parts[parts.length - 1] ?? '');
  };
  // A nationality adjective is no actor mention of its own ("Russian-occupied Crimea": only Crimea is coded).
  const adjective = (t: number): string | undefined => (kb ??= loadKb()).adjective(tokenKey(tree.words[t] ?? ''));
  const readHolder = (t: number): void => {
    const word = tree.words[t] ?? '';
    // "Russian-occupied" as one token: its first part names the holder.
    if (word.includes('-')) out.push(...[codeAt(t), (kb ??= loadKb()).adjective(tokenKey(word.split('-')[0] ?? ''))].filter((c): c is string => !!c && c !== r.code));
    for (const c of childrenBy(tree, t, 'obl:agent', 'obl', 'nmod', 'amod', 'compound', 'npadvmod', 'obl:npmod', 'advmod')) {
      const by = tree.words[c] === 'by' || childrenBy(tree, c, 'case').some((k) => tree.words[k] === 'by');
      const isModifier = c < t && !by;
      const code = codeAt(c) ?? (isModifier ? adjective(c) : undefined);
      if (code && code !== r.code && (by || isModifier)) out.push(code);
    }
  };
  for (let t = r.tokens[0]; t < r.tokens[1]; t++) {
    if (heldPart(t)) readHolder(t);
    for (const m of childrenBy(tree, t, 'amod', 'acl')) if (heldPart(m)) readHolder(m);
  }
  return out;
}

/** Whether the visitors' country and `code` are the two sides of a war listed on the article's day. */
function atWar(visitors: ReadonlySet<string | undefined>, code: string, day: string | undefined, wars: readonly War[]): boolean {
  if (!day) return false;
  return wars.some((w) => w.sides.includes(code) && w.sides.some((s) => s !== code && visitors.has(s)) && isWaged(w, day));
}

/**
 * The layer without its visits whose every recipient is the visitor's own ground; each is turned down as
 * `events/own-ground-visit`, or `events/held-ground-visit` when a recipient is ground the visitor holds, with the reasons why. Visits with a host left among their recipients are unchanged.
 */
export function dropOwnGroundVisits(doc: DocumentWith<'tokens' | 'pos' | 'deps' | 'actors'>, layer: EventLayer, table: OwnGround = shipped()): EventLayer {
  const { pos, deps } = doc.layers;
  const isVisit = (t: number) => table.visits.has(pos[t]?.lemma?.toLowerCase() ?? '');
  // The parse's own children lists (made once per document and shared with the tree, core/doc-view.ts): asking every
  // token of the document whether the trigger heads it, once per event, grew with length times events (#13).
  const { children } = docView(doc);
  // The trigger a verb of visiting, or a verb whose object is one ("made a trip", "made a brief unannounced trip"):
  // the object as the parse gives it, however many modifiers stand before it.
  const visits = layer.events.filter((e) => {
    const verb = e.trigger.tokens[0];
    return isVisit(verb) || children[verb].some((t) => deps[t].deprel === 'obj' && isVisit(t));
  });
  if (!visits.length) return layer;
  const tree = buildTree(doc);
  const actors = indexActors(resolvedActors(doc), doc.layers.tokens.length);
  const day = articleDate(doc);
  const facts: GroundFacts = { kindAt: (t) => actors.at(t)?.kind, codeAt: (t) => actors.at(t)?.code, ...(day ? { day } : {}) };
  const events: CodedEvent[] = [];
  const rejected = [...layer.rejected];
  for (const e of layer.events) {
    const ground = visits.includes(e) && e.recipients.length ? groundRecipients(tree, e, facts, table) : [];
    if (!ground.length || ground.length < e.recipients.length) { events.push(e); continue; }
    // The rule named is the held ground's when any recipient is held ground: that reading is the stronger claim.
    const ruleId = ground.some((g) => g.reason.rule === 'events/held-ground-visit') ? 'events/held-ground-visit' : 'events/own-ground-visit';
    rejected.push({ sent: e.sent, trigger: e.trigger, ...(e.cameo ? { cameo: e.cameo } : {}), event: e.event, ruleId, reasons: [...ground.map((g) => g.reason), ...e.reasons] });
  }
  return events.length === layer.events.length ? layer : { events, rejected };
}
