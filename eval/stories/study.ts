/**
 * Reading the fit half's errors (docs/stories.md, "Halves"): groups a coded store's stories-dev
 * scope in memory (the store's own key lookup and link, so the same components), then prints the fit
 * half's missed and false pairs with each article's grouping features. Held-half pairs and pairs
 * across the halves are counted, never printed: the held half checks the rules chosen here.
 *
 * npx tsx eval/stories/study.ts <coded store.db>   (a store from `npm run eval stories`, /tmp/dyad-stories-*)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { fromRow, type DocumentRow } from '../../src/store/document-row.js';
import { storyDoc, type StoryDoc } from '../../src/stories/features.js';
import { linkOf, lookupKeys, ownKeys } from '../../src/stories/link.js';
import { scorePairs, type StoriesGold } from './score.js';
import { goldHalf } from './split.js';

const shared = join(import.meta.dirname, '..', '..', '..', 'shared', 'data');

/** Connected components of the link relation over the pairs the keys bring together. */
function componentsOf(docs: readonly StoryDoc[]): { groups: string[][]; links: Map<string, string> } {
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const filed = new Map<string, number[]>();
  const links = new Map<string, string>();
  docs.forEach((doc, i) => {
    const seen = new Set<number>();
    for (const key of lookupKeys(doc)) {
      for (const j of filed.get(key) ?? []) {
        if (seen.has(j)) continue;
        seen.add(j);
        const link = linkOf(doc, docs[j]);
        if (!link) continue;
        parent[find(i)] = find(j);
        links.set(`${docs[j].input}\t${doc.input}`, link);
      }
    }
    for (const key of new Set(ownKeys(doc))) (filed.get(key) ?? filed.set(key, []).get(key)!).push(i);
  });
  const byRoot = new Map<number, string[]>();
  docs.forEach((d, i) => (byRoot.get(find(i)) ?? byRoot.set(find(i), []).get(find(i))!).push(d.input));
  return { groups: [...byRoot.values()].filter((g) => g.length > 1), links };
}

function describe(doc: StoryDoc): string {
  const o = doc.occasion;
  const occasion = o ? `${o.kind}${o.inTitle ? ' (title)' : ''} names=[${o.names.join(' ')}] hosts=[${o.hosts.join(' ')}] parties=[${o.parties.join(' ')}]` : '-';
  return [
    `  ${doc.input} ${doc.date} ${doc.source}: ${doc.title}`,
    `    parties=[${doc.parties.join(' ')}] people=[${doc.people.join(' ')}] kind=${doc.kind} joint=${doc.joint ?? false}`,
    `    titleNames=[${doc.titleNames.join(' ')}] titlePeople=[${(doc.titlePeople ?? []).join(' ')}] principal=${doc.principal ?? '-'}`,
    `    occasion: ${occasion}`,
  ].join('\n');
}

function main(): void {
  const path = process.argv[2];
  if (!path) throw new Error('usage: study.ts <coded store.db>');
  const gold = JSON.parse(readFileSync(join(shared, 'eventgold', 'stories-dev.json'), 'utf8')) as StoriesGold;
  const scope = new Set(gold.scope);
  const db = new Database(path, { readonly: true });
  const docs = (db.prepare('SELECT * FROM documents ORDER BY rowid').all() as DocumentRow[]).map(fromRow).filter((d) => scope.has(d.meta.sourceId ?? ''));
  db.close();
  const features = docs.map((d) => storyDoc(d));
  const byInput = new Map(features.map((f) => [f.input, f]));
  const { groups, links } = componentsOf(features);
  const all = scorePairs(gold, groups);
  const fitGold = goldHalf(gold, 'fit');
  const fit = scorePairs(fitGold, groups);
  const held = scorePairs(goldHalf(gold, 'held'), groups);
  const line = (name: string, s: typeof all) => `${name}: P ${(s.tp / (s.tp + s.fp || 1)).toFixed(3)} R ${(s.tp / (s.tp + s.fn || 1)).toFixed(3)} (tp ${s.tp} fp ${s.fp} fn ${s.fn}, hard negatives merged ${s.mergedNegatives.length})`;
  console.log([line('all', all), line('fit', fit), line('held', held)].join('\n'));
  const groupOf = new Map(fitGold.groups.flatMap((g) => g.members.map((m) => [m, g] as const)));
  const show = (title: string, pairs: readonly [string, string][]) => {
    console.log(`\n## ${title} (${pairs.length})`);
    for (const [a, b] of pairs) {
      const g = groupOf.get(a) ?? groupOf.get(b);
      const link = links.get(`${a}\t${b}`) ?? links.get(`${b}\t${a}`) ?? 'none (or through others)';
      console.log(`\n- ${a} ~ ${b}  [gold ${g ? `${(g as { id: string }).id}: ${(g as { event?: string }).event ?? ''}` : 'apart'}; link: ${link}]`);
      console.log(describe(byInput.get(a)!));
      console.log(describe(byInput.get(b)!));
    }
  };
  show('fit half: false pairs', fit.falsePairs);
  // Pairs across the halves count in "all" only; their false pairs are read (#15: most of all's false pairs cross).
  const inHeld = new Set(goldHalf(gold, 'held').scope);
  show('false pairs across the halves', all.falsePairs.filter(([a, b]) => inHeld.has(a) !== inHeld.has(b)));
  show('fit half: missed pairs', fit.missedPairs);
  show('fit half: hard negatives merged', fit.mergedNegatives.map((d) => [d.a, d.b]));
}

main();
