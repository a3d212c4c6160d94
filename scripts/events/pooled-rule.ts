/**
 * The lead's pooled rule for learned steps (session 38, TEAM.md "Learned steps"), on two codings of the pooled unseen
 * set written by cross-fit.ts: a step is kept when the paired bootstrap's 95% interval of the F1 difference over the
 * pooled articles (news-dev check + held-out + cross-fitted training gold; drawn by story, so that copies of one story
 * count once in the resampling, cross-fit-folds.ts) lies above zero and no check or held-out
 * folder loses more than MAX_FOLDER_LOSS found items. (Seed and the PLOVER GSR are the rule's other parts: `npm run
 * eval events` with the model in place.) Numbers only.
 */
import { prfOf, type Tally } from '../../eval/events/newsdev.js';
import { pairedBootstrap } from './paired-bootstrap.js';

/** One article of the pooled set and its tally under one coding; `story` as cross-fit-folds.ts keys it. */
export interface PooledArticle { readonly part: 'check' | 'held-out' | 'train'; readonly folder: string; readonly docId: string; readonly story: string; readonly tally: Tally }

/** The most found items a check or held-out folder may lose. */
export const MAX_FOLDER_LOSS = 2;

function sum(articles: readonly PooledArticle[]): Tally {
  const t: Tally = { required: 0, found: 0, predicted: 0, false: 0 };
  for (const { tally } of articles) { t.required += tally.required; t.found += tally.found; t.predicted += tally.predicted; t.false += tally.false; }
  return t;
}

const row = (name: string, articles: readonly PooledArticle[]): string => {
  const t = sum(articles);
  return `| ${name} | ${articles.length} | ${prfOf(t).f1.toFixed(3)} | ${t.found}/${t.required} | ${t.predicted} | ${t.false} |`;
};

/** Each part's folders, each part, and the pool: F1, found/required, predicted, false. */
export function poolTable(articles: readonly PooledArticle[]): string[] {
  const lines = ['| part/folder | articles | F1 | found/required | predicted | false |', '|---|---|---|---|---|---|'];
  for (const part of ['check', 'held-out', 'train'] as const) {
    const own = articles.filter((a) => a.part === part);
    for (const folder of [...new Set(own.map((a) => a.folder))].sort()) lines.push(row(`${part}/${folder}`, own.filter((a) => a.folder === folder)));
    lines.push(row(`${part} all`, own));
  }
  lines.push(row('pooled', articles));
  return lines;
}

const signed = (v: number, digits = 4): string => (v >= 0 ? '+' : '') + v.toFixed(digits);

/**
 * The rule's verdict on `other` against `base` (the same articles, paired by part and id): the pooled interval, the
 * same over the training articles whose story is not that of an article in `seen` (ids of the articles the base's
 * models were trained on: a copy of one under another id is seen too), each part's interval
 * for reading, and each check and held-out folder's change in found and false items.
 */
export function judgePooled(base: readonly PooledArticle[], other: readonly PooledArticle[], seen: ReadonlySet<string> = new Set()): string[] {
  const key = (a: PooledArticle): string => `${a.part}\u0000${a.docId}`;
  const before = new Map(base.map((a) => [key(a), a]));
  const pairs = other.filter((a) => before.has(key(a))).map((a) => ({ base: before.get(key(a))!, other: a }));
  const interval = (name: string, ps: typeof pairs): { line: string; above: boolean } => {
    // One draw is a story: copies of it are one piece of evidence, not two.
    const stories = new Map<string, { base: PooledArticle[]; other: PooledArticle[] }>();
    for (const p of ps) {
      const s = stories.get(p.other.story) ?? { base: [], other: [] };
      s.base.push(p.base); s.other.push(p.other);
      stories.set(p.other.story, s);
    }
    const r = pairedBootstrap([...stories.values()].map((s) => sum(s.base)), [...stories.values()].map((s) => sum(s.other)));
    return { line: `${name.padEnd(34)} ${ps.length} articles: ΔF1 ${signed(r.diff)} (95% interval ${signed(r.low)} .. ${signed(r.high)}; not above in ${(r.notAbove * 100).toFixed(1)}%)`, above: r.low > 0 };
  };
  const pooled = interval('pooled', pairs);
  const lines = [pooled.line];
  if (seen.size) {
    const seenStories = new Set(pairs.filter((p) => seen.has(p.other.docId)).map((p) => p.other.story));
    lines.push(interval('pooled, base-unseen training only', pairs.filter((p) => p.other.part !== 'train' || !seenStories.has(p.other.story))).line);
  }
  for (const part of ['check', 'held-out', 'train'] as const) lines.push(interval(part, pairs.filter((p) => p.other.part === part)).line);
  let folderLoss = false;
  for (const part of ['check', 'held-out'] as const) {
    const own = pairs.filter((p) => p.other.part === part);
    for (const folder of [...new Set(own.map((p) => p.other.folder))].sort()) {
      const ps = own.filter((p) => p.other.folder === folder);
      const b = sum(ps.map((p) => p.base));
      const o = sum(ps.map((p) => p.other));
      const lost = b.found - o.found;
      if (lost > MAX_FOLDER_LOSS) folderLoss = true;
      lines.push(`${`${part}/${folder}`.padEnd(34)} found ${signed(o.found - b.found, 0)}, false ${signed(o.false - b.false, 0)}, predicted ${signed(o.predicted - b.predicted, 0)}; F1 ${prfOf(b).f1.toFixed(3)} -> ${prfOf(o).f1.toFixed(3)}`);
    }
  }
  lines.push(`rule (without seed and GSR): interval above 0 ${pooled.above ? 'yes' : 'NO'}; no folder loses more than ${MAX_FOLDER_LOSS} found ${folderLoss ? 'NO' : 'yes'}`);
  return lines;
}
