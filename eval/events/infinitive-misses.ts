/**
 * `npx tsx eval/events/infinitive-misses.ts [--list] [--governor LEMMA]`: the training gold's triggers turned down as
 * infinitives (`events/infinitive`), counted by the verb or noun that governs the infinitive ("agreed to cut": agree,
 * "moved to impose": move), each split by whether its sentence holds a required item the coder missed and of which
 * type: the infinitive's own, the governor's, or another. Rejections in sentences with no gold of their type say what
 * coding that governor's infinitives would add as false events. `--list` prints each with its sentence. Layers come
 * from the training gold's cache (`codeTrainGold`). Training gold only; never part of `npm test`.
 */
import { firstConjunct } from '../../src/stages/events/flags.js';
import { buildTree, type Tree } from '../../src/stages/events/tree.js';
import { Locator } from './reference-score.js';
import { codeTrainGold } from './train-gold.js';

const args = process.argv.slice(2);
const onlyGovernor = args.includes('--governor') ? args[args.indexOf('--governor') + 1] : undefined;
const { articles, docs } = await codeTrainGold();

/** The token of a trigger span that heads it (its head lies outside the span). */
function headOf(tree: Tree, first: number, last: number): number {
  for (let t = first; t < last; t++) if (tree.deps[t].head < first || tree.deps[t].head >= last) return t;
  return first;
}

/** The word an infinitive hangs on, with the relation, as `lemma/deprel` (the first of coordinated infinitives). */
function governorOf(tree: Tree, t: number): { lemma: string; label: string } {
  const v = firstConjunct(tree, t);
  const head = tree.deps[v].head;
  if (head < 0) return { lemma: '(root)', label: `(root)/${tree.deps[v].deprel}` };
  return { lemma: tree.lemmas[head], label: `${tree.lemmas[head]}/${tree.pos[head]?.upos ?? '?'}/${tree.deps[v].deprel}` };
}

type Counts = Map<string, number>;
const counts = new Map<string, Counts>();
const bump = (kind: string, key: string): void => {
  const c = counts.get(kind) ?? new Map<string, number>();
  c.set(key, (c.get(key) ?? 0) + 1);
  counts.set(kind, c);
};

for (const a of articles) {
  const doc = docs.get(a.docId);
  if (!doc) continue;
  const tree = buildTree(doc as never);
  const where = new Locator(a.input.text);
  const sentences = doc.layers.sentences ?? [];
  const golds = [...a.gold.events.required, ...(a.gold.events.acceptable ?? [])];
  for (const x of doc.layers.events?.rejected ?? []) {
    if (x.ruleId !== 'events/infinitive') continue;
    const sentence = doc.text.slice(sentences[x.sent].start, sentences[x.sent].end);
    const own = where.sentencesIn(sentence);
    const t = headOf(tree, x.trigger.tokens[0], x.trigger.tokens[1]);
    const { lemma, label } = governorOf(tree, t);
    const missed = a.score.detail.flatMap((d, i) => (d.dyad ? [] : [a.gold.events.required[i]])).filter((g) => where.inSentences(g.evidence, own));
    const ofType = missed.filter((g) => g.event === x.event);
    const anyGold = golds.some((g) => g.event === x.event && where.inSentences(g.evidence, own));
    const kind = ofType.length ? 'missed item of its type' : missed.length ? 'missed item of another type' : anyGold ? 'gold of its type, filled' : 'no gold of its type';
    bump(kind, label);
    bump('all by governor', `${lemma} :: ${kind}`);
    if (args.includes('--list') && (!onlyGovernor || lemma === onlyGovernor)) {
      const gold = (ofType.length ? ofType : missed).map((g) => `${g.event} ${(g.actor ?? []).join('+') || '-'}->${(g.recipient ?? []).join('+') || '-'}`).join('; ');
      console.log(`${a.folder} ${a.docId} [${kind}] ${x.event} "${doc.text.slice(x.trigger.start, x.trigger.end)}" under ${label} | gold ${gold || '-'}\n    ${sentence.slice(0, 260)}`);
    }
  }
}
for (const [kind, c] of counts) {
  console.log(`\n## ${kind}: ${[...c.values()].reduce((x, y) => x + y, 0)}`);
  for (const [k, n] of [...c].sort((x, y) => y[1] - x[1]).slice(0, kind.startsWith('all') ? 120 : 40)) console.log(`  ${String(n).padStart(4)}  ${k}`);
}
