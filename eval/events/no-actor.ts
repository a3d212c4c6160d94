/**
 * `npx tsx eval/events/no-actor.ts [--list] [--class NAME]`: the training gold's required items missed because a
 * trigger of their own type was turned down for having no actor (`events/no-actor`), counted by why the actor is
 * missing, wire and readouts apart (`--list`: each item with its sentence, trigger, subject and class). The classes
 * are read off the parse of the trigger's clause: an agentless or "by"-agent passive, a pronoun subject, a common
 * noun subject with no coded actor ("the ministry", "officials"), an uncoded name, a subject that has a coded actor
 * (lost later), a noun trigger with no subject, or a subjectless clause. Layers come from the training gold's cache
 * (`codeTrainGold`). Training gold only; never part of `npm test`.
 */
import type { Document } from '../../src/core/document.js';
import { buildTree, childrenBy, subjectOf, type Tree } from '../../src/stages/events/tree.js';
import { HEADER, outsideGoldTable } from './outside-gold.js';
import { isFalseRecord, Locator } from './reference-score.js';
import { codeTrainGold } from './train-gold.js';

const args = process.argv.slice(2);
/** `--rejected RULE`: the same counts for another rejecting rule (default the no-actor rule). */
const rejectedBy = args.includes('--rejected') ? args[args.indexOf('--rejected') + 1] : 'events/no-actor';
const onlyClass = args.includes('--class') ? args[args.indexOf('--class') + 1] : undefined;
const { articles, docs } = await codeTrainGold();

/** The token of a trigger span that heads it (its head lies outside the span). */
function headOf(tree: Tree, first: number, last: number): number {
  for (let t = first; t < last; t++) if (tree.deps[t].head < first || tree.deps[t].head >= last) return t;
  return first;
}

/** The verb a noun trigger hangs on, when it is a verb's subject or object ("the talks were held", "held talks"). */
function clauseVerb(tree: Tree, t: number): number {
  const rel = tree.baseRels[t];
  if (tree.pos[t]?.upos === 'NOUN' && ['obj', 'nsubj'].includes(rel) && tree.deps[t].head >= 0) return tree.deps[t].head;
  return t;
}

function phrase(doc: Document, tree: Tree, t: number): string {
  const span: number[] = [t];
  for (let i = 0; i < span.length; i++) span.push(...tree.children[span[i]].filter((c) => !['acl', 'acl:relcl', 'advcl', 'parataxis', 'punct'].includes(tree.deps[c].deprel)));
  const toks = span.sort((a, b) => a - b);
  const tokens = doc.layers.tokens ?? [];
  return doc.text.slice(tokens[toks[0]].start, tokens[toks[toks.length - 1]].end).slice(0, 60);
}

/** Why the clause of trigger token `t` has no actor, read off the parse. */
function classOf(doc: Document, tree: Tree, t: number): { cls: string; subject: string } {
  const mentions = doc.layers.actors ?? [];
  const coded = (first: number, last: number): boolean => mentions.some((m) => m.tokens[0] < last && m.tokens[1] > first && m.code);
  const v = clauseVerb(tree, t);
  const subj = subjectOf(tree, v);
  const agent = [...childrenBy(tree, v, 'obl:agent'), ...childrenBy(tree, v, 'obl').filter((o) => tree.children[o].some((c) => tree.words[c] === 'by'))];
  if (!subj) {
    if (agent.length) return { cls: 'by-agent, no subject', subject: phrase(doc, tree, agent[0]) };
    if (v === t && tree.pos[t]?.upos === 'NOUN') return { cls: `noun trigger (${tree.deps[t].deprel})`, subject: '' };
    return { cls: `no subject (${tree.deps[v].deprel})`, subject: '' };
  }
  const s = subj.token;
  const words = phrase(doc, tree, s);
  const span: number[] = [s];
  for (let i = 0; i < span.length; i++) span.push(...tree.children[span[i]]);
  const first = Math.min(...span);
  const last = Math.max(...span) + 1;
  if (subj.passive) return { cls: agent.length ? 'passive, by-agent' : 'passive, agentless', subject: agent.length ? phrase(doc, tree, agent[0]) : words };
  if (coded(first, last)) return { cls: 'subject coded (lost later)', subject: words };
  const upos = tree.pos[s]?.upos;
  if (upos === 'PRON' || upos === 'DET') return { cls: `pronoun subject (${tree.words[s]})`, subject: words };
  if (upos === 'PROPN') return { cls: 'uncoded name subject', subject: words };
  return { cls: 'noun subject, uncoded', subject: words };
}

type Counts = Map<string, number>;
const counts = new Map<string, Counts>();
const bump = (kind: string, key: string): void => {
  const c = counts.get(kind) ?? new Map<string, number>();
  c.set(key, (c.get(key) ?? 0) + 1);
  counts.set(kind, c);
};
/** What both counts read of one scored article: its coded document, tree, sentence locator, folder kind and sentences. */
function articleView(a: (typeof articles)[number]) {
  const doc = docs.get(a.docId);
  if (!doc) return undefined;
  const where = new Locator(a.input.text);
  return { doc, tree: buildTree(doc as never), where, kind: a.folder === 'reuters' ? 'wire' : a.folder, sentences: doc.layers.sentences ?? [] };
}

for (const a of articles) {
  const view = articleView(a);
  if (!view) continue;
  const { doc, tree, where, kind, sentences } = view;
  a.score.detail.forEach((d, i) => {
    if (d.dyad || d.type) return;
    const g = a.gold.events.required[i];
    const own = where.sentencesIn(g.evidence);
    const down = (doc.layers.events?.rejected ?? []).filter((x) => x.ruleId === rejectedBy && x.event === g.event
      && where.inSentences(doc.text.slice(sentences[x.sent].start, sentences[x.sent].end), own));
    if (!down.length) return;
    const x = down[0];
    const t = headOf(tree, x.trigger.tokens[0], x.trigger.tokens[1]);
    const { cls, subject } = classOf(doc, tree, t);
    const key = cls.replace(/ \(.*\)$/, '');
    bump(kind, key);
    if (args.includes('--list') && (!onlyClass || key === onlyClass)) {
      console.log(`${kind} ${a.docId} ${g.event} gold ${(g.actor ?? []).join('+') || '-'} -> ${(g.recipient ?? []).join('+') || '-'} | ${cls} | "${doc.text.slice(x.trigger.start, x.trigger.end)}" subj "${subject}"\n    ${g.evidence}`);
    }
  });
}
if (args.includes('--all')) {
  // Every no-actor rejection, by class and by whether its sentence holds a gold item of its type: what filling an
  // actor for a class would gain (items) against what it would add as false events (no such item).
  for (const a of articles) {
    const view = articleView(a);
    if (!view) continue;
    const { doc, tree, where, kind, sentences } = view;
    const golds = [...a.gold.events.required, ...(a.gold.events.acceptable ?? [])];
    for (const x of doc.layers.events?.rejected ?? []) {
      if (x.ruleId !== rejectedBy) continue;
      const own = where.sentencesIn(doc.text.slice(sentences[x.sent].start, sentences[x.sent].end));
      const gold = golds.some((g) => g.event === x.event && where.inSentences(g.evidence, own));
      const t = headOf(tree, x.trigger.tokens[0], x.trigger.tokens[1]);
      const { cls, subject } = classOf(doc, tree, t);
      const key = cls.replace(/ \(.*\)$/, '');
      bump(`all ${kind} ${gold ? 'gold' : 'no gold'}`, key);
      if (args.includes('--list') && (!onlyClass || key === onlyClass)) console.log(`ALL ${kind} ${gold ? 'GOLD' : 'nogold'} ${a.docId} ${x.event} | ${cls} | "${doc.text.slice(x.trigger.start, x.trigger.end)}" subj "${subject}" | ${doc.text.slice(sentences[x.sent].start, sentences[x.sent].end).slice(0, 200)}`);
    }
  }
}
for (const [kind, c] of counts) {
  console.log(`\n## ${kind}: ${[...c.values()].reduce((x, y) => x + y, 0)}`);
  for (const [k, n] of [...c].sort((x, y) => y[1] - x[1])) console.log(`  ${String(n).padStart(4)}  ${k}`);
}
// `--rule ID`: every event a rule filled, and whether the scorer counts it false.
const rule = args.includes('--rule') ? args[args.indexOf('--rule') + 1] : undefined;
for (const a of rule ? articles : []) {
  const doc = docs.get(a.docId);
  (doc?.layers.events?.events ?? []).forEach((e, k) => {
    if (!doc || !e.reasons.some((r) => r.rule === rule)) return;
    const sentence = doc.text.slice(doc.layers.sentences![e.sent].start, doc.layers.sentences![e.sent].end);
    const isFalse = isFalseRecord(a.score, a.records[k]);
    const parties = (list: readonly { code?: string }[]): string => list.map((p) => p.code ?? '?').join('+') || '-';
    // A required item of its type in its sentence that the scorer counts filled: what the rule most likely found.
    const filled = a.score.detail.some((d, i) => d.dyad && a.gold.events.required[i].event === e.event && sentence.includes((a.gold.events.required[i].evidence ?? '').slice(0, 40)));
    console.log(`RULE ${isFalse ? 'FALSE' : filled ? 'FILLS' : 'ok'} ${a.docId} ${e.event} ${parties(e.actors)} -> ${parties(e.recipients)}${e.negated || e.hypothetical || e.historical ? ' (flagged)' : ''} | ${sentence.slice(0, 180)}`);
  });
}
console.log(['', ...HEADER, ...outsideGoldTable(articles).rows].join('\n'));
