/**
 * `npx tsx eval/events/no-trigger.ts [--list] [--min N]`: the training gold's required items missed with nothing in their
 * sentence (no event of any type coded there, no trigger turned down: `causes.ts`'s "nothing in the sentence"), counted
 * by gold type, and the words of those sentences that could carry the act but that the trigger lexicon lacks (verbs and
 * nouns, by lemma), each with the items and gold types it appears in. A lemma seen in several items of one type is a
 * candidate lexicon entry; one seen under many types is a bystander ("say", "year"). `--list` shows each item with its
 * sentence and unknown words; `--min N` keeps lemmas seen in at least N items (default 2). Training gold only (its
 * cache, `codeTrainGold`); never part of `npm test`. `--spread WORD,...` (keys as printed, "verb:ballot"): each word's
 * sentences across the whole training gold, by the gold types they hold ("none" for a sentence with no gold item): what
 * a lexicon entry for it would find against what it would add as false events.
 */
import { DyadError } from '../../src/core/errors.js';
import { sentenceTokenRange } from '../../src/core/tokens-of.js';
import { buildTree } from '../../src/stages/events/tree.js';
import { loadLexicon } from '../../src/stages/events/lexicon.js';
import { Locator } from './reference-score.js';
import { codeTrainGold } from './train-gold.js';

const args = process.argv.slice(2);
const minItems = args.includes('--min') ? Number(args[args.indexOf('--min') + 1]) : 2;
if (!Number.isInteger(minItems) || minItems < 1) throw new DyadError('E1575', { option: '--min', value: args[args.indexOf('--min') + 1] ?? '' });
const lexicon = loadLexicon();
const { articles, docs } = await codeTrainGold();

/** Lemmas a verb or noun trigger could be looked up by, lower-cased; own keys only ("constructor" is no verb of the lexicon). */
const isKnown = (lemma: string, upos: string): boolean =>
  (upos === 'VERB' ? Object.hasOwn(lexicon.verbs, lemma) || Object.hasOwn(lexicon.verbs, lemma.toUpperCase()) : Object.hasOwn(lexicon.nouns, lemma));

const byType = new Map<string, number>();
/** Per unknown lemma ("verb:impose", "noun:ban"): the items it appears in, by gold type. */
const byLemma = new Map<string, Map<string, number>>();
let items = 0;
const nominal = new Map<string, number>();
const nominalNouns = new Map<string, number>();

for (const a of articles) {
  const doc = docs.get(a.docId);
  if (!doc?.layers.sentences) continue;
  const tree = buildTree(doc as never);
  const where = new Locator(a.input.text);
  a.score.detail.forEach((d, i) => {
    if (d.dyad || d.type) return;
    const g = a.gold.events.required[i];
    const own = where.sentencesIn(g.evidence);
    if (!own.size) return;
    // As causes.ts: any record or turned-down trigger in the sentence puts the miss in another class.
    if (a.records.some((r) => where.inSentences(r.evidence, own))) return;
    if (a.rejected.some((x) => x.sentence && where.inSentences(x.sentence, own))) return;
    items++;
    byType.set(g.event, (byType.get(g.event) ?? 0) + 1);
    const unknown = new Set<string>();
    const ownNouns = new Set<string>();
    doc.layers.sentences!.forEach((sent, s) => {
      if (!where.inSentences(doc.text.slice(sent.start, sent.end), own)) return;
      const [first, last] = sentenceTokenRange(tree.tokens, s);
      for (let t = first; t < last; t++) {
        const upos = tree.pos[t]?.upos ?? '';
        if ((upos === 'VERB' || upos === 'NOUN') && !isKnown(tree.lemmas[t], upos)) unknown.add(`${upos.toLowerCase()}:${tree.lemmas[t]}`);
        const noun = lexicon.nouns[tree.words[t]] ?? lexicon.nouns[tree.lemmas[t]];
        if (upos === 'NOUN' && noun && lexicon.cameo[noun.code]?.event === g.event) ownNouns.add(tree.words[t]);
      }
    });
    // An event noun of the gold's own type that no light verb carried: the nominal group ("talks between", "a visit by").
    if (ownNouns.size) nominal.set(g.event, (nominal.get(g.event) ?? 0) + 1);
    for (const noun of ownNouns) nominalNouns.set(noun, (nominalNouns.get(noun) ?? 0) + 1);
    for (const key of unknown) {
      const types = byLemma.get(key) ?? new Map<string, number>();
      types.set(g.event, (types.get(g.event) ?? 0) + 1);
      byLemma.set(key, types);
    }
    if (args.includes('--list')) console.log(`${a.folder} ${a.docId} ${g.event} ${(g.actor ?? []).join('+') || '-'} -> ${(g.recipient ?? []).join('+') || '-'}\n    ${g.evidence}\n    unknown: ${[...unknown].join(' ')}${ownNouns.size ? `\n    own-type nouns: ${[...ownNouns].join(' ')}` : ''}`);
  });
}

const spread = args.includes('--spread') ? args[args.indexOf('--spread') + 1].split(',') : [];
for (const key of spread) {
  const types = new Map<string, number>();
  for (const a of articles) {
    const doc = docs.get(a.docId);
    if (!doc?.layers.sentences) continue;
    const tree = buildTree(doc as never);
    const where = new Locator(a.input.text);
    const golds = [...a.gold.events.required, ...(a.gold.events.acceptable ?? [])];
    doc.layers.sentences.forEach((sent, s) => {
      const [first, last] = sentenceTokenRange(tree.tokens, s);
      let hit = false;
      for (let t = first; t < last; t++) hit ||= `${(tree.pos[t]?.upos ?? '').toLowerCase()}:${tree.lemmas[t]}` === key;
      if (!hit) return;
      const text = doc.text.slice(sent.start, sent.end);
      const own = where.sentencesIn(text);
      const here = [...new Set(golds.filter((g) => where.inSentences(g.evidence, own)).map((g) => g.event))];
      for (const type of here.length ? here : ['none']) types.set(type, (types.get(type) ?? 0) + 1);
      if (args.includes('--list')) console.log(`SPREAD ${key} ${here.join('/') || 'none'} | ${text.slice(0, 220)}`);
    });
  }
  console.log(`  spread ${key.padEnd(24)} ${[...types].sort((x, y) => y[1] - x[1]).map(([t, n]) => `${t} ${n}`).join(', ')}`);
}

console.log(`\n## nothing in the sentence: ${items} items`);
for (const [type, n] of [...byType].sort((x, y) => y[1] - x[1])) console.log(`  ${String(n).padStart(4)}  ${type}`);
console.log(`\n## with an event noun of the gold's type in the sentence: ${[...nominal.values()].reduce((x, y) => x + y, 0)} items`);
for (const [type, n] of [...nominal].sort((x, y) => y[1] - x[1])) console.log(`  ${String(n).padStart(4)}  ${type}`);
for (const [noun, n] of [...nominalNouns].sort((x, y) => y[1] - x[1])) console.log(`  ${String(n).padStart(4)}  noun ${noun}`);
console.log(`\n## unknown verbs and nouns in at least ${minItems} of those items (lemma: items, by gold type)`);
const total = (types: Map<string, number>): number => [...types.values()].reduce((x, y) => x + y, 0);
for (const [key, types] of [...byLemma].filter(([, types]) => total(types) >= minItems).sort((x, y) => total(y[1]) - total(x[1]) || x[0].localeCompare(y[0]))) {
  console.log(`  ${String(total(types)).padStart(4)}  ${key.padEnd(24)} ${[...types].sort((x, y) => y[1] - x[1]).map(([t, n]) => `${t} ${n}`).join(', ')}`);
}
