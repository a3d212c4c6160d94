/**
 * `npx tsx eval/events/outclause-recipients.ts [--list]`: the training gold's missed items whose act dyad found (an
 * event of the gold's type in the item's sentence, kept with another recipient or turned down by the learned filter),
 * counted by where the gold's recipient is named against the act's clause: in it, a fronted or trailing setting phrase
 * ("At talks with X, …", "during a visit to X"), a purpose clause ("flew to X to sign …", "met X to discuss"), another
 * clause of the sentence, an earlier sentence, or never coded. Heuristic (a recipient mention's path up the parse to
 * the trigger), for the shape table of #12's out-of-clause recipients. Training gold only; never part of `npm test`.
 */
import type { Document } from '../../src/core/document.js';
import type { CodedEvent } from '../../src/stages/events/types.js';
import { normCode } from './reference-score.js';
import { codeTrainGold } from './train-gold.js';

const { articles, docs } = await codeTrainGold();
const list = process.argv.includes('--list');
/** Prepositions that make a phrase the act's setting rather than its party ("at talks with X", "during a visit to X"). */
const SETTING_CASES = new Set(['at', 'during', 'in', 'on', 'after', 'following', 'before', 'amid', 'ahead']);
const CLAUSE_RELS = new Set(['advcl', 'xcomp', 'ccomp', 'acl', 'parataxis', 'conj', 'csubj', 'root']);

/** Shapes in the order one is preferred when the recipient is named more than once in the sentence. */
const RANK = ['in clause', 'setting phrase', 'purpose clause', 'act in a purpose clause', 'other clause'];
const country = (code: string): string => normCode(code).slice(0, 3);

/** The shape of the path from a recipient mention's head up to the trigger, or undefined when the trigger is not above it. */
function pathShape(doc: Document, from: number, trigger: number): string {
  const deps = doc.layers.deps ?? [];
  const words = (doc.layers.tokens ?? []).map((t) => doc.text.slice(t.start, t.end).toLowerCase());
  const up: number[] = [];
  for (let i = from; i >= 0 && up.length < 60; i = deps[i].head) up.push(i);
  const fromTrigger: number[] = [];
  for (let i = trigger; i >= 0 && fromTrigger.length < 60; i = deps[i].head) fromTrigger.push(i);
  const meet = up.find((i) => fromTrigger.includes(i));
  if (meet === undefined) return 'other clause';
  const below = up.slice(0, up.indexOf(meet));
  const triggerSide = fromTrigger.slice(0, fromTrigger.indexOf(meet));
  const rels = below.map((i) => deps[i].deprel.split(':')[0]);
  const caseOf = (i: number): number | undefined => { const k = deps.findIndex((d, j) => d.head === i && d.deprel === 'case' && j < i); return k < 0 ? undefined : k; };
  const markTo = (i: number): boolean => deps.some((d, k) => d.head === i && d.deprel === 'mark' && ['to', 'for', 'in'].includes(words[k]));
  if (!triggerSide.length && !rels.some((r) => CLAUSE_RELS.has(r))) {
    const top = below[below.length - 1];
    const c = top === undefined ? undefined : caseOf(top);
    if (top !== undefined && ['obl', 'nmod', 'advcl'].includes(deps[top].deprel.split(':')[0]) && c !== undefined && SETTING_CASES.has(words[c])) return 'setting phrase';
    return 'in clause';
  }
  if (below.some((i) => ['advcl', 'xcomp'].includes(deps[i].deprel.split(':')[0]) && markTo(i))) return 'purpose clause';
  if (triggerSide.some((i) => ['advcl', 'xcomp'].includes(deps[i].deprel.split(':')[0]) && markTo(i))) return 'act in a purpose clause';
  const top = below[below.length - 1];
  const c = top === undefined ? undefined : caseOf(top);
  if (c !== undefined && SETTING_CASES.has(words[c])) return 'setting phrase';
  return 'other clause';
}

const counts = new Map<string, Map<string, number>>();
const lines: string[] = [];
for (const a of articles) {
  const doc = docs.get(a.docId);
  if (!doc) continue;
  const sents = doc.layers.sentences ?? [];
  const events = doc.layers.events?.events ?? [];
  const rejected = doc.layers.events?.rejected ?? [];
  const mentions = [...(doc.layers.discourse?.mentions ?? []), ...(doc.layers.actors ?? [])];
  a.score.detail.forEach((d, i) => {
    if (d.dyad) return;
    const g = a.gold.events.required[i];
    const recipients = new Set((g.recipient ?? []).map(country));
    if (!recipients.size) return;
    const at = doc.text.indexOf((g.evidence ?? "").slice(0, 40));
    const sent = sents.findIndex((s) => at >= s.start && at < s.end);
    if (at < 0 || sent < 0) return;
    const actors = new Set((g.actor ?? []).map(country));
    const kept = events.find((e: CodedEvent) => e.sent === sent && e.event === g.event && e.actors.some((p) => actors.has(country(normCode(p.code ?? '', p.sector)))));
    const filtered = rejected.find((r) => r.sent === sent && r.event === g.event && r.ruleId === 'events/filter');
    const trigger = kept?.trigger.tokens[0] ?? filtered?.trigger.tokens[0];
    if (trigger === undefined) return;
    const s = sents[sent];
    const named = mentions.filter((m) => m.code && recipients.has(country(normCode(m.code, m.sector))));
    const inSent = named.filter((m) => m.start >= s.start && m.end <= s.end);
    const shape = inSent.length
      ? inSent.map((m) => pathShape(doc, m.tokens[1] - 1, trigger)).sort((x, y) => RANK.indexOf(x) - RANK.indexOf(y))[0]
      : named.some((m) => m.end <= s.start) ? 'earlier sentence' : 'not coded before';
    const key = `${kept ? 'kept' : 'filtered'}: ${shape}`;
    const row = counts.get(key) ?? new Map<string, number>();
    row.set(a.folder, (row.get(a.folder) ?? 0) + 1);
    counts.set(key, row);
    if (list) lines.push(`${key} | ${a.folder}/${a.docId} ${g.id} ${g.event} ${[...actors].join('+')} -> ${[...recipients].join('+')} | ${(g.evidence ?? "").slice(0, 200)}`);
  });
}
const folders = [...new Set(articles.map((a) => a.folder))].sort();
process.stdout.write([`| shape | ${folders.join(' | ')} | all |`, `|---|${folders.map(() => '---|').join('')}---|`,
  ...[...counts.entries()].sort(([x], [y]) => x.localeCompare(y)).map(([k, row]) =>
    `| ${k} | ${folders.map((f) => row.get(f) ?? 0).join(' | ')} | ${[...row.values()].reduce((x, y) => x + y, 0)} |`),
  ...(list ? ['', ...lines.sort()] : [])].join('\n') + '\n');
