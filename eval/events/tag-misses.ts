/**
 * `npx tsx eval/events/tag-misses.ts [--list] [--class NAME]`: the training gold's required items missed (no event with
 * the gold's type and participants) whose evidence sentence holds a word that is a lexicon verb of the gold's type (the
 * verb's own code, or a pattern of one of its blocks, gives that PLOVER type) but that the tagger did not read as a
 * finite or infinitive verb: tagged NOUN, PROPN or ADJ, or a participle (VBN, VBG) with no auxiliary heading no clause
 * of its own. Counted by class (the tag, and whether the word is capitalised mid-sentence: a headline) and by the word
 * before (a time word, an adverb or a name before the verb: "X today wound up", "X kick off"); `--list` shows each item
 * with its sentence and the misread word, `--class` keeps one class. A word tagged VERB of the gold's type is not
 * counted: the loss is elsewhere. Layers come from the training gold's cache (`codeTrainGold`). Training gold only;
 * never part of `npm test`.
 */
import { sentenceTokenRange } from '../../src/core/tokens-of.js';
import { buildTree, type Tree } from '../../src/stages/events/tree.js';
import { loadLexicon } from '../../src/stages/events/lexicon.js';
import { loadPosModel } from '../../src/stages/pos/pos-model.js';
import { Locator } from './reference-score.js';
import { codeTrainGold } from './train-gold.js';

const args = process.argv.slice(2);
const onlyClass = args.includes('--class') ? args[args.indexOf('--class') + 1] : undefined;
const lexicon = loadLexicon();
const { lemmatizer } = loadPosModel();
const { articles, docs } = await codeTrainGold();

/** The PLOVER types a verb lemma can code: its own code's and those of its blocks' patterns. */
const typesOfVerb = new Map<string, Set<string>>();
function verbTypes(lemma: string): Set<string> {
  let out = typesOfVerb.get(lemma);
  if (out) return out;
  out = new Set<string>();
  for (const entry of Object.hasOwn(lexicon.verbs, lemma) ? lexicon.verbs[lemma] : []) {
    if (entry.code && lexicon.cameo[entry.code]) out.add(lexicon.cameo[entry.code].event);
    for (const name of entry.blocks) {
      const block = lexicon.block(name);
      if (!block) continue;
      for (const p of [...block.unanchored, ...[...block.byWord.values()].flat()]) {
        const event = lexicon.cameo[p.code]?.event;
        if (event) out.add(event);
      }
    }
  }
  typesOfVerb.set(lemma, out);
  return out;
}

/** The verb lemmas a word could be, read as each verb form. */
function verbLemmas(word: string): string[] {
  const lower = word.toLowerCase();
  const out = new Set<string>([lexicon.forms[lower] ?? lower]);
  for (const xpos of ['VB', 'VBD', 'VBN', 'VBZ', 'VBG']) out.add(lemmatizer.lemmatize(lower, xpos).toLowerCase());
  return [...out];
}

const TIME_WORDS = new Set(['today', 'yesterday', 'tomorrow', 'tonight', 'also', 'now', 'then', 'again', 'formally', 'jointly']);
const AUX = new Set(['aux', 'aux:pass', 'cop']);

/** The class of a misread trigger word, or undefined when the tagger read it as a verb heading its clause. */
function classOf(tree: Tree, t: number, first: number, word: string): string | undefined {
  const { upos, xpos } = tree.pos[t];
  const capital = t > first && /^[A-Z]/.test(word) ? '-capital' : '';
  if (upos === 'NOUN' || upos === 'PROPN' || upos === 'ADJ') return `${upos}${capital}`;
  if (upos === 'VERB' && (xpos === 'VBN' || xpos === 'VBG')) {
    const hasAux = tree.children[t].some((c) => AUX.has(tree.deps[c].deprel));
    const rel = tree.baseRels[t];
    if (!hasAux && (rel === 'amod' || rel === 'acl' || rel === 'compound')) return `${xpos}-${rel}${capital}`;
  }
  return undefined;
}

const byClass = new Map<string, number>();
const byBefore = new Map<string, number>();
const byWord = new Map<string, number>();
let missed = 0;
let items = 0;
for (const a of articles) {
  const doc = docs.get(a.docId);
  if (!doc?.layers.sentences) continue;
  const tree = buildTree(doc as never);
  const where = new Locator(a.input.text);
  a.score.detail.forEach((d, i) => {
    if (d.dyad) return;
    missed++;
    const g = a.gold.events.required[i];
    const own = where.sentencesIn(g.evidence);
    if (!own.size) return;
    const hits: string[] = [];
    const keys: [string, string, string][] = [];
    let verbOfType = false;
    doc.layers.sentences!.forEach((sent, s) => {
      if (!where.inSentences(doc.text.slice(sent.start, sent.end), own)) return;
      const [first, last] = sentenceTokenRange(tree.tokens, s);
      for (let t = first; t < last; t++) {
        const word = doc.text.slice(tree.tokens[t].start, tree.tokens[t].end);
        if (!/^[A-Za-z-]+$/.test(word)) continue;
        if (!verbLemmas(word).some((l) => verbTypes(l).has(g.event))) continue;
        // A lexicon noun of the type ("talks", "visit") is an event noun, read as one on purpose.
        if (tree.pos[t].upos === 'NOUN' && Object.hasOwn(lexicon.nouns, tree.words[t]) && lexicon.cameo[lexicon.nouns[tree.words[t]].code]?.event === g.event) continue;
        const cls = classOf(tree, t, first, word);
        if (cls === undefined) {
          if (tree.pos[t].upos === 'VERB') verbOfType = true;
          continue;
        }
        const before = t > first ? tree.words[t - 1] : '^';
        const beforeClass = t === first ? 'sentence-start' : TIME_WORDS.has(before) ? 'time-or-adverb' : tree.pos[t - 1].upos;
        hits.push(`${cls}:${word} (after ${beforeClass} "${before}", ${tree.pos[t].xpos} ${tree.deps[t].deprel})`);
        if (!onlyClass || cls === onlyClass) keys.push([cls, `${cls} after ${beforeClass}`, `${cls} ${tree.words[t]}`]);
      }
    });
    // An item whose sentence has a verb of its type read as a verb lost it elsewhere; it is counted only when none was.
    if (!hits.length || verbOfType) return;
    if (onlyClass && !hits.some((h) => h.startsWith(`${onlyClass}:`))) return;
    items++;
    for (const [cls, before, word] of keys) {
      byClass.set(cls, (byClass.get(cls) ?? 0) + 1);
      byBefore.set(before, (byBefore.get(before) ?? 0) + 1);
      byWord.set(word, (byWord.get(word) ?? 0) + 1);
    }
    if (args.includes('--list')) console.log(`${a.folder} ${a.docId} ${g.event} ${(g.actor ?? []).join('+') || '-'} -> ${(g.recipient ?? []).join('+') || '-'}\n    ${(g.evidence ?? "").slice(0, 240)}\n    ${hits.join('; ')}`);
  });
}

const show = (title: string, m: Map<string, number>, min = 1): void => {
  console.log(`\n## ${title}`);
  for (const [k, n] of [...m].filter(([, n]) => n >= min).sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))) console.log(`  ${String(n).padStart(4)}  ${k}`);
};
console.log(`missed required items: ${missed}; with a lexicon verb of their type misread by the tagger and none read as a verb: ${items}`);
show('misread words of those items by class', byClass);
show('by class and the word before', byBefore, 2);
show('by class and word (2+)', byWord, 2);
