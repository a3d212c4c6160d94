/**
 * `npx tsx eval/events/wrong-parties.ts [--list] [--class TEXT]`: the training gold's "type found, wrong participants"
 * misses, each paired with dyad's event of the same type in the same sentence, counted by which side is wrong
 * (actor, recipient, both; missing, extra, partial, other) and by where dyad's wrong party came from (a mention in the
 * sentence, an earlier sentence, the dateline, a place, a discourse reading) and whether the gold's party was named in
 * the sentence at all. Training gold only (anyone may study it); `--list` prints each pair, `--class` only the pairs
 * whose side class or source contains TEXT. The layers before events are cached (`codeTrainGold`), so reruns after
 * an events-stage change take seconds. Reads ../shared; never part of `npm test`.
 */
import { writeFileSync } from 'node:fs';
import type { Document } from '../../src/core/document.js';
import type { ActorMention } from '../../src/stages/actors/types.js';
import type { CodedEvent, EventParticipant } from '../../src/stages/events/types.js';
import type { ScoredOutsideArticle } from './outside-gold.js';
import { isFalseRecord, Locator, normCode } from './reference-score.js';
import { codeTrainGold } from './train-gold.js';

const args = process.argv.slice(2);
const only = args.includes('--class') ? args[args.indexOf('--class') + 1] : undefined;
const rule = args.includes('--rule') ? args[args.indexOf('--rule') + 1] : undefined;

const { articles, docs } = await codeTrainGold();

type Codes = ReadonlySet<string>;
const codesOf = (list: readonly (string | EventParticipant)[] | undefined): Set<string> =>
  new Set((list ?? []).map((p) => (typeof p === 'string' ? normCode(p) : normCode(p.code, p.sector))).filter(Boolean));
const same = (a: Codes, b: Codes): boolean => a.size === b.size && [...a].every((x) => b.has(x));
const within = (a: Codes, b: Codes): boolean => [...a].every((x) => b.has(x));
const show = (a: Codes): string => [...a].sort().join('+') || '-';

/** How one side of dyad's event differs from the gold's. */
function sideClass(pred: Codes, gold: Codes): string {
  if (same(pred, gold)) return 'right';
  if (!pred.size) return 'missing';
  if (!gold.size) return 'extra side';
  if (within(gold, pred)) return 'extra party';
  if (within(pred, gold)) return 'partial';
  return [...pred].some((c) => gold.has(c)) ? 'overlap' : 'other';
}

/** How dyad's parties, both sides together, differ from the gold's: the scorer's undirected view. */
function unionClass(pred: Codes, gold: Codes): string {
  if (same(pred, gold)) return 'same parties (the event filled another item)';
  if (within(pred, gold)) return 'a gold party missing';
  if (within(gold, pred)) return 'an extra party';
  return 'a party replaced';
}

/** Where the mention of one of dyad's wrong parties came from. */
function sourceOf(doc: Document, e: CodedEvent, p: EventParticipant): string {
  const sents = doc.layers.sentences ?? [];
  const sent = sents[e.sent];
  const dateline = doc.layers.dateline?.place;
  if (dateline && p.start >= dateline.start && p.end <= dateline.end) return 'dateline';
  if (sent && (p.end <= sent.start || p.start >= sent.end)) {
    return p.start < sent.start ? 'earlier sentence' : 'later sentence';
  }
  const mention = mentionAt(doc, p);
  const kind = mention?.kind ?? 'unknown kind';
  const first = mention?.reasons[0];
  // A located mention says where its country came from (the dateline, the story's main country, a place in the sentence).
  const source = first?.rule === 'discourse/located' && typeof first.source === 'object' && 'rule' in first.source ? ` ${first.source.rule}` : '';
  const via = (first?.rule ?? 'no mention') + source;
  if (p.tokens[0] >= e.trigger.tokens[0] && p.tokens[0] < e.trigger.tokens[1]) return `the trigger's words (${kind})`;
  return `in sentence: ${kind} ${via.startsWith('discourse') ? via : ''}`.trim();
}

function mentionAt(doc: Document, p: EventParticipant): ActorMention | undefined {
  const all = [...(doc.layers.discourse?.mentions ?? []), ...(doc.layers.actors ?? [])];
  return all.find((m) => m.tokens[0] === p.tokens[0] && m.tokens[1] === p.tokens[1]);
}

/** Whether the gold's party is named in the event's sentence (any coded mention), elsewhere, or nowhere. */
function goldPartyWhere(doc: Document, e: CodedEvent, code: string): string {
  const sent = doc.layers.sentences?.[e.sent];
  const all = [...(doc.layers.discourse?.mentions ?? []), ...(doc.layers.actors ?? [])];
  const hits = all.filter((m) => normCode(m.code, m.sector) === code);
  if (sent && hits.some((m) => m.start >= sent.start && m.end <= sent.end)) return 'named in sentence';
  return hits.length ? 'named elsewhere' : 'never coded';
}

const counts = new Map<string, Map<string, number>>();
const bump = (key: string, folder: string): void => {
  const row = counts.get(key) ?? new Map<string, number>();
  row.set(folder, (row.get(folder) ?? 0) + 1);
  counts.set(key, row);
};
const listed: string[] = [];

for (const a of articles) {
  studyArticle(a);
  for (const id of rule?.split(',') ?? []) countRule(a, id);
  // The folder's totals, so that a change to the events stage is measured on the training gold in the same run.
  for (const [key, n] of [['found', a.score.found_dyad], ['predicted', a.score.predicted], ['false', a.score.false_positives]] as const) {
    for (let k = 0; k < n; k++) bump(`total: ${key}`, a.folder);
  }
}

function studyArticle(a: ScoredOutsideArticle): void {
  const doc = docs.get(a.docId);
  if (!doc) return;
  const events = doc.layers.events?.events ?? [];
  const where = new Locator(a.input.text);
  a.score.detail.forEach((d, i) => {
    if (d.dyad || !d.type) return;
    const g = a.gold.events.required[i];
    const gs = where.sentencesIn(g.evidence);
    const gA = codesOf(g.actor);
    const gR = codesOf(g.recipient);
    const candidates = events.map((e, k) => ({ e, k })).filter(({ e, k }) => {
      const r = a.records[k];
      return !(e.negated || e.hypothetical || e.historical) && where.inSentences(r.evidence, gs) &&
        (e.event === g.event || (g.alternatives ?? []).some((alt) => alt.event === e.event));
    });
    if (!candidates.length) return;
    // The closest of dyad's events: most gold parties shared, then fewest extra.
    const gold = new Set([...gA, ...gR]);
    const score = (e: CodedEvent): number => {
      const p = new Set([...codesOf(e.actors), ...codesOf(e.recipients)]);
      return [...p].filter((c) => gold.has(c)).length * 10 - [...p].filter((c) => !gold.has(c)).length;
    };
    const { e } = candidates.reduce((best, c) => (score(c.e) > score(best.e) ? c : best));
    const pA = codesOf(e.actors);
    const pR = codesOf(e.recipients);
    const swapped = same(pA, gR) || same(pR, gA);
    const actor = swapped && !same(pA, gA) ? sideClass(pA, gR) : sideClass(pA, gA);
    const recipient = swapped && !same(pR, gR) ? sideClass(pR, gA) : sideClass(pR, gR);
    const sides = `${swapped ? 'swapped, ' : ''}actor ${actor} / recipient ${recipient}`;
    const folder = a.folder;
    bump(`side: ${sides}`, folder);
    bump(`parties: ${unionClass(new Set([...pA, ...pR]), gold)}`, folder);
    const wrong = [...e.actors, ...e.recipients].filter((p) => !gold.has(normCode(p.code, p.sector)));
    const sources = wrong.map((p) => sourceOf(doc, e, p));
    for (const s of new Set(sources)) bump(`dyad's wrong party from: ${s}`, folder);
    const lost = [...gold].filter((c) => !pA.has(c) && !pR.has(c));
    const lostWhere = lost.map((c) => goldPartyWhere(doc, e, c));
    for (const s of new Set(lostWhere)) bump(`gold's missing party: ${s}`, folder);
    const line = `${folder}/${a.docId} ${g.event} [${sides}] gold ${show(gA)} -> ${show(gR)} | dyad ${show(pA)} -> ${show(pR)}` +
      ` | wrong: ${wrong.map((p, k) => `${p.name} (${sources[k]})`).join(', ') || '-'} | lost: ${lost.map((c, k) => `${c} (${lostWhere[k]})`).join(', ') || '-'}` +
      `\n    ${g.evidence}\n    why: ${e.why}\n    rules: ${e.reasons.map((r) => r.rule).join(' ')}`;
    if (!only || line.includes(only)) listed.push(line);
  });
}

/** Each event a rule decided (`--rule ID`, any of its reasons, nested or not), as false or not by the scorer. */
function countRule(a: ScoredOutsideArticle, id: string): void {
  const doc = docs.get(a.docId);
  (doc?.layers.events?.events ?? []).forEach((e, k) => {
    if (!JSON.stringify(e.reasons).includes(`"rule":"${id}"`) || e.negated || e.hypothetical || e.historical) return;
    const r = a.records[k];
    const mine = `${r.event} ${[...codesOf(e.actors)].sort().join('+')} ${[...codesOf(e.recipients)].sort().join('+')}`;
    const isFalse = isFalseRecord(a.score, r);
    bump(`rule ${id}: ${isFalse ? 'false' : 'not false'}`, a.folder);
    if (args.includes('--list')) listed.push(`${isFalse ? 'FALSE' : 'ok'} ${a.folder}/${a.docId} ${mine} | ${r.evidence.slice(0, 160)}`);
  });
}

// `--dump FILE`: every scored record as one line, to diff two runs of the events stage.
if (args.includes('--dump')) {
  const lines = articles.flatMap((a) => a.records.filter((r) => !(r.negated || r.hypothetical || r.historical))
    .map((r) => {
      const [actor, recipient] = [r.actor, r.recipient].map((side) => codesOf(side.map((p) => normCode(p.code, p.sector))));
      return `${a.docId}\t${r.event}\t${show(actor)} -> ${show(recipient)}\t${isFalseRecord(a.score, r) ? 'false' : 'ok'}\t${r.evidence.slice(0, 140)}`;
    }));
  writeFileSync(args[args.indexOf('--dump') + 1], lines.join('\n') + '\n');
}

const folders = [...new Set(articles.map((a) => a.folder))].sort();
const rows = [...counts.entries()].sort(([x], [y]) => x.localeCompare(y));
process.stdout.write([
  `| class | ${folders.join(' | ')} |`, `|---|${folders.map(() => '---|').join('')}`,
  ...rows.map(([key, row]) => `| ${key} | ${folders.map((f) => row.get(f) ?? 0).join(' | ')} |`),
  ...(args.includes('--list') || only ? ['', ...listed] : []),
].join('\n') + '\n');
