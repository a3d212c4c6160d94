/**
 * `npx tsx eval/events/said-misses.ts [--list] [--json FILE] [--outcomes FILE] [--stance-examples FILE
 * [--stance-model FILE]]`: the training gold's required items missed where the only trigger turned down in their sentence was a bare statement ("said", "told", "announced": `events/statement`), the
 * class `causes.ts --train-gold` counts as "turned down, other type: events/statement only". Each item is classed by
 * where the gold act's word can be found relative to the statement verb in the parse (its complement clause, a noun
 * under it, an infinitive or participle, a clause attached elsewhere), wire and readouts apart, so that work goes to
 * the largest shape. Training gold only (studied text), coded through its layer cache (`codeTrainGold`), so a run
 * after an events-stage change takes a minute. It prints the training gold's totals; `--outcomes FILE` writes each
 * filled item and false event, one a line, so that `diff` of two runs names what a change moved.
 * `--stance-examples` (readings gathered by `npm run train:event-stance -- --examples FILE --dry-run`) adds a table of
 * what stops the statement-content step on each miss (stopOf; session 54).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Document } from '../../src/core/document.js';
import { Locator } from './reference-score.js';
import { loadLexicon } from '../../src/stages/events/lexicon.js';
import { codeEvents } from '../../src/stages/events/code-events.js';
import type { EventInput } from '../../src/stages/events/event-context.js';
import { buildTree, subjectOf, type Tree } from '../../src/stages/events/tree.js';
import { nounKey } from '../../src/stages/events/triggers.js';
import { predictLogistic } from '../../src/ml/logistic.js';
import type { EventRescueModel } from '../../src/stages/events/event-rescue.js';
import { contentOf, loadEventStance } from '../../src/stages/events/statement-stance.js';
import type { RescueExample } from '../../scripts/events/event-rescue-data.js';
import { readGathered } from '../../scripts/events/fold-search.js';
import { codeTrainGold } from './train-gold.js';

const { articles: scored, docs } = await codeTrainGold();

/** One missed item of the class, with what the parse says around its statement verb. */
interface SaidMiss {
  readonly folder: string; readonly docId: string; readonly event: string;
  readonly actor: string; readonly recipient: string; readonly evidence: string;
  readonly statements: readonly string[]; readonly sentence: string; readonly parse: string;
  /** Whether a lexicon word of the gold's type, another type, or none stands in the evidence. */
  readonly word: string;
  /** Where that word hangs relative to the statement verb. */
  readonly shape: string;
  /** With `--stance-examples`: what stops the statement-content step from filling it (stopOf). */
  readonly stop?: string;
  /** The statement verb's subject as the parse gives it, and its form (pronoun, title, body, group, source). */
  readonly speaker: string;
}

const lexicon = loadLexicon();
const trees = new Map<string, Tree>();
const treeOf = (doc: Document): Tree => trees.get(doc.id) ?? (trees.set(doc.id, buildTree(doc as Parameters<typeof buildTree>[0], lexicon.forms, (l) => !!lexicon.verbs[l])), trees.get(doc.id)!);

/** The event type a token names in the lexicon (verb alone or noun), 'patterns' for a verb with patterns only. */
function lexiconType(tree: Tree, t: number): string | undefined {
  const upos = tree.pos[t]?.upos;
  if (upos === 'VERB' || upos === 'ADJ') {
    const entries = Object.hasOwn(lexicon.verbs, tree.lemmas[t]) ? lexicon.verbs[tree.lemmas[t]] : undefined;
    if (entries?.length) {
      const code = entries.find((e) => e.code)?.code;
      return code ? lexicon.cameo[code]?.event ?? 'statement' : 'patterns';
    }
  }
  if (upos === 'NOUN' || upos === 'PROPN') {
    const key = nounKey(tree, lexicon, t);
    if (key) return lexicon.cameo[lexicon.nouns[key].code]?.event ?? 'statement';
  }
  return undefined;
}

/** The deprels from `t` up to `top` (exclusive), or undefined when `top` does not govern `t`. */
function pathUp(tree: Tree, t: number, top: number): string[] | undefined {
  const rels: string[] = [];
  for (let x = t, hops = 0; x >= 0 && hops < 30; x = tree.deps[x].head, hops++) {
    if (x === top) return rels;
    rels.push(`${tree.deps[x].deprel}:${tree.pos[x]?.upos ?? '?'}`);
  }
  return undefined;
}

/** Where the act's word is relative to the statement verb: the shape class counted. */
function shapeOf(path: readonly string[] | undefined, tree: Tree, statement: number, word: number): string {
  if (!path) return pathUp(tree, statement, word) ? 'statement under the act (attached elsewhere)' : 'not under the statement (sibling)';
  const rels = path.map((r) => r.split(':').slice(0, -1).join(':'));
  const top = rels[rels.length - 1];
  if (rels.some((r) => r === 'acl' || r === 'acl:relcl' || r === 'amod')) return `noun modifier (${top} of statement)`;
  if (tree.pos[word]?.upos === 'NOUN') return `noun (${rels.join('<')})`;
  if (rels[0] === 'xcomp' || rels.includes('xcomp')) return `infinitive/xcomp (${top})`;
  return `clause (${top})`;
}

const optionAt = (name: string): string | undefined => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
// `--stance-examples FILE` (the readings `npm run train:event-stance -- --examples FILE` gathered) and, optionally,
// `--stance-model FILE` (plain JSON; the shipped model when absent): each miss is classed by what stops the step.
const stanceExamples = optionAt('--stance-examples');
const stance = stanceExamples ? {
  examples: readGathered<RescueExample>(stanceExamples).examples,
  model: optionAt('--stance-model') ? JSON.parse(readFileSync(optionAt('--stance-model')!, 'utf8')) as EventRescueModel : loadEventStance(),
} : undefined;

/**
 * What stops the statement-content step from filling a missed item of type `event` in `sentence`: the sentence's
 * statement verbs have no content clause; a content but no reading (no coded speaker, no other side as recipient, an
 * event already in the content, a past or outcome report); readings, but none of the item's type fills it (its parties
 * differ); the reading that fills it loses to another type kept at or above the threshold; or it scores below it.
 */
const stopsByDoc = new Map<string, { sent: number; trigger: number; stop: string }[]>();
function stopOf(doc: Document, docId: string, sentence: string, event: string): string {
  const tree = treeOf(doc);
  const sents = doc.layers.sentences ?? [];
  const s = sents.findIndex((x) => doc.text.slice(x.start, x.end) === sentence);
  const verbs = (doc.layers.events?.rejected ?? []).filter((r) => r.sent === s && r.ruleId === 'events/statement').map((r) => r.trigger.tokens[0]);
  if (!verbs.some((v) => contentOf(tree, v) !== undefined)) return 'not gathered: no content clause';
  const readings = stance!.examples.filter((x) => x.docId === docId && verbs.includes(x.trigger));
  if (!readings.length) {
    return `not gathered: ${stepStopOf(doc, docId, s, verbs)}`;
  }
  const filling = readings.filter((x) => x.event === event && x.dFound > 0);
  if (!filling.length) return readings.some((x) => x.event === event) ? 'gathered, wrong parties (no reading of its type fills it)' : 'gathered, type not read';
  const { model } = stance!;
  const own = filling[0];
  const rivals = readings.filter((x) => x.trigger === own.trigger);
  const scored = rivals.map((x) => ({ x, p: predictLogistic(model, x.features) })).sort((a, b) => b.p - a.p);
  const mine = predictLogistic(model, own.features);
  if (scored[0].x.event !== event && scored[0].p >= model.threshold) return 'scored: wrong type kept';
  if (mine < model.threshold) return `scored below threshold (${mine < model.threshold / 2 ? 'far' : 'near'})`;
  return 'scored: kept';
}

/** The statement-content step's own reason for `verbs` of sentence `s`, from a collecting run of the events stage. */
function stepStopOf(doc: Document, docId: string, s: number, verbs: readonly number[]): string {
  const stops = stopsByDoc.get(docId) ?? [];
  if (!stopsByDoc.has(docId)) { codeEvents(doc as EventInput, lexicon, { collect: [], stops }); stopsByDoc.set(docId, stops); }
  const why = stops.filter((x) => x.sent === s && verbs.includes(x.trigger)).map((x) => x.stop);
  return why.find((w) => w !== 'no content clause') ?? why[0] ?? 'no reading';
}

const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
/** Heads that name a text or its issuer's voice rather than a person ("a ministry statement", "the spokesman"). */
const VOICES = /^(statement|communique|report|spokesman|spokeswoman|spokesperson|announcement|release|notice|letter|memo|paper|document|newspaper|agency)$/;
/** Heads of an unnamed source, left uncoded by the gold conventions ("sources", "diplomats", "analysts"). */
const SOURCES = /^(sources?|diplomats?|analysts?|observers?|economists?|traders?|dealers?|bankers?|experts?|people|residents?|witnesses?)$/;

const misses: SaidMiss[] = [];
let found = 0, predicted = 0, falses = 0, required = 0;
for (const a of scored) {
  found += a.score.found_dyad; predicted += a.score.predicted; falses += a.score.false_positives; required += a.score.required;
  const where = new Locator(a.input.text);
  const doc = docs.get(a.docId);
  a.score.detail.forEach((d, i) => {
    if (d.dyad || d.type) return;
    const g = a.gold.events.required[i];
    const sents = where.sentencesIn(g.evidence);
    const here = a.records.filter((r) => where.inSentences(r.evidence, sents));
    if (here.length) return;
    const turnedDown = a.rejected.filter((x) => x.sentence && where.inSentences(x.sentence, sents));
    if (!turnedDown.length || turnedDown.some((x) => x.ruleId !== 'events/statement')) return;
    const sentence = turnedDown[0].sentence;
    const { word, shape } = doc ? classify(doc, sentence, g.event, g.evidence ?? '') : { word: '?', shape: '?' };
    const stop = stance && doc ? stopOf(doc, a.docId, sentence, g.event) : undefined;
    const speaker = doc ? speakerFormOf(doc, a.docId, sentence) : '?';
    misses.push({ word, shape, speaker, ...(stop ? { stop } : {}),
      folder: a.folder, docId: a.docId, event: g.event, actor: (g.actor ?? []).join('+'), recipient: (g.recipient ?? []).join('+'),
      evidence: g.evidence ?? '', statements: turnedDown.map((x) => x.trigger), sentence, parse: doc ? parseOf(doc, sentence) : '',
    });
  });
}

/** The lexicon word of the item's evidence, and its shape relative to the sentence's statement verb. */
function classify(doc: Document, sentence: string, event: string, evidence: string): { word: string; shape: string } {
  const tree = treeOf(doc);
  const sents = doc.layers.sentences ?? [];
  const s = sents.findIndex((x) => doc.text.slice(x.start, x.end) === sentence);
  if (s < 0) return { word: '?', shape: '?' };
  const statements = (doc.layers.events?.rejected ?? []).filter((r) => r.sent === s && r.ruleId === 'events/statement').map((r) => r.trigger.tokens[0]);
  const at = doc.text.indexOf(evidence.slice(0, 40), sents[s].start);
  const end = at < 0 ? sents[s].end : at + evidence.length;
  const inEvidence = doc.layers.tokens!.flatMap((t, i) => (t.start >= (at < 0 ? sents[s].start : at) && t.end <= end && !statements.includes(i) ? [i] : []));
  const typed = inEvidence.map((t) => ({ t, type: lexiconType(tree, t) })).filter((x) => x.type && x.type !== 'statement');
  const own = typed.find((x) => x.type === event);
  const pick = own ?? typed[0];
  const word = own ? 'lexicon word of its type' : pick ? `lexicon word of another type (${pick.type})` : 'no lexicon word';
  if (!pick || !statements.length) return { word, shape: pick ? 'no statement token' : '-' };
  const statement = statements[0];
  return { word: `${word}: ${tree.words[pick.t]}`, shape: shapeOf(pathUp(tree, pick.t, statement), tree, statement, pick.t) };
}

/** The subject of the sentence's first statement verb, with its form: what a speaker resolution would have to read. */
function speakerFormOf(doc: Document, docId: string, sentence: string): string {
  const tree = treeOf(doc);
  const sents = doc.layers.sentences ?? [];
  const s = sents.findIndex((x) => doc.text.slice(x.start, x.end) === sentence);
  const verbs = (doc.layers.events?.rejected ?? []).filter((r) => r.sent === s && r.ruleId === 'events/statement').map((r) => r.trigger.tokens[0]);
  const verb = verbs[0];
  if (verb === undefined) return '?';
  if (stepStopOf(doc, docId, s, verbs) !== 'no coded speaker') return '(coded, or another stop)';
  const subj = subjectOf(tree, verb) ?? (tree.deps[verb].head >= 0 ? subjectOf(tree, tree.deps[verb].head) : undefined);
  if (!subj) return 'no subject';
  const head = subj.token;
  const words = tree.words.slice(Math.min(head, ...descendants(tree, head)), Math.max(head, ...descendants(tree, head)) + 1).join(' ');
  const w = tree.words[head].toLowerCase();
  const form = PRONOUNS.has(w) ? 'pronoun'
    : VOICES.test(w) ? 'statement or spokesman'
    : SOURCES.test(w) ? 'unnamed source'
    : tree.pos[head]?.upos === 'PROPN' ? 'name'
    : tree.pos[head]?.xpos === 'NNS' ? 'plural group'
    : tree.pos[head]?.upos === 'NOUN' ? 'title or body noun' : 'other';
  return `${form}: ${words}`;
}

function descendants(tree: Tree, t: number): number[] {
  return tree.children[t].flatMap((c) => [c, ...descendants(tree, c)]);
}

/** The sentence's tokens as word/UPOS/deprel>head, for reading the shape by eye. */
function parseOf(doc: Document, sentence: string): string {
  const sents = doc.layers.sentences ?? [];
  const s = sents.findIndex((x) => doc.text.slice(x.start, x.end) === sentence);
  if (s < 0) return '';
  const tokens = doc.layers.tokens ?? [];
  const deps = doc.layers.deps ?? [];
  const pos = doc.layers.pos ?? [];
  const out: string[] = [];
  tokens.forEach((t, i) => {
    if (t.start < sents[s].start || t.end > sents[s].end) return;
    const dep = deps[i];
    const tag = pos[i];
    out.push(`${i}:${doc.text.slice(t.start, t.end)}/${tag?.upos ?? '?'}/${dep?.deprel ?? '?'}>${dep?.head ?? '?'}`);
  });
  return out.join(' ');
}

console.log(`training gold: found ${found}/${required}, predicted ${predicted}, false ${falses}`);
const byFolder = new Map<string, number>();
for (const m of misses) byFolder.set(m.folder, (byFolder.get(m.folder) ?? 0) + 1);
console.log(`statement-only misses: ${misses.length}`, Object.fromEntries(byFolder));
const outcomesAt = process.argv.indexOf('--outcomes');
// Each article's filled items and false events, to diff two runs (`diff` of the files names what moved).
if (outcomesAt > 0) {
  writeFileSync(process.argv[outcomesAt + 1], scored.flatMap((a) => [
    ...a.score.detail.flatMap((d, i) => (d.dyad ? [`${a.docId}\tfound\t${a.gold.events.required[i].event}\t${a.gold.events.required[i].evidence ?? ''}`] : [])),
    ...a.score.fp.map((f) => `${a.docId}\tfalse\t${f.event}\t${f.evidence ?? ''}`),
  ]).join('\n') + '\n');
}
const jsonAt = process.argv.indexOf('--json');
if (jsonAt > 0) writeFileSync(process.argv[jsonAt + 1], JSON.stringify(misses, null, 1));
if (process.argv.includes('--list')) for (const m of misses) console.log(`${m.docId} ${m.event} ${m.actor}→${m.recipient} [${m.statements.join(',')}] ${m.word} | ${m.shape} | ${m.evidence}`);
/** Counts of a key per training-gold folder (reuters, readouts, bbc). */
function table(title: string, key: (m: SaidMiss) => string): void {
  const folders = [...new Set(misses.map((m) => m.folder))].sort();
  const counts = new Map<string, number[]>();
  for (const m of misses) {
    const c = counts.get(key(m)) ?? folders.map(() => 0);
    c[folders.indexOf(m.folder)]++;
    counts.set(key(m), c);
  }
  const sum = (c: readonly number[]): number => c.reduce((x, y) => x + y, 0);
  console.log(`\n${title} (${folders.join(', ')})`);
  for (const [k, c] of [...counts].sort((a, b) => sum(b[1]) - sum(a[1]))) console.log(`  ${c.join('\t')}\t${k}`);
}
if (stance) table('stance stop', (m) => m.stop ?? '?');
// The step's "no coded speaker" misses by the form of the statement verb's subject (session 55, ev-speakers).
table('speaker form where the step finds no coded speaker', (m) => m.speaker.split(':')[0]);
if (process.argv.includes('--list')) for (const m of misses.filter((x) => !x.speaker.startsWith('('))) console.log(`speaker ${m.docId} ${m.event} ${m.actor}→${m.recipient} ${m.speaker} | ${m.sentence}`);
table('word', (m) => m.word.split(':')[0]);
table('shape', (m) => m.shape.replace(/ \(.*/, ''));
table('shape detail', (m) => m.shape);
