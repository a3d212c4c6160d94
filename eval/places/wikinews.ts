import { join } from 'node:path';
import { annotateWithMentions, annotateWithNames, readArticles } from './annotate.js';
import { locateMentions, occurrences, readWikinewsDates, readWikinewsGold } from './gold.js';

const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'news', 'wikinews_gum', 'wikinews_gum_news.jsonl');

export interface WikinewsResult {
  readonly mentions: number;
  readonly right: number;
  readonly unresolved: number;
  readonly errors: string[];
  readonly perArticle: string[];
  /** Gazetteer-name mode: gold mentions found (span overlap), names found that are gold, and country right among found. */
  readonly names: { recall: number; precision: number; countryRight: number };
  readonly dates: { right: number; total: number; errors: string[] };
}

/** Place-to-country accuracy on the hand-annotated Wikinews sample (gold mentions given as entities). */
export async function scoreWikinews(): Promise<WikinewsResult> {
  const gold = readWikinewsGold();
  const goldDates = readWikinewsDates();
  const dates = { right: 0, total: 0, errors: [] as string[] };
  let mentions = 0;
  let right = 0;
  let unresolved = 0;
  let namesGold = 0;
  let namesHit = 0;
  let namesPredicted = 0;
  let namesTrue = 0;
  let namesCountryRight = 0;
  const errors: string[] = [];
  const perArticle: string[] = [];
  for (const raw of await readArticles(CORPUS)) {
    const id = raw.meta.sourceId ?? raw.id;
    const goldMentions = locateMentions(raw.text, gold.get(id) ?? []);
    const doc = annotateWithMentions(raw, goldMentions);
    for (const g of goldDates.get(id) ?? []) {
      const spans = occurrences(doc.text, g.text);
      const overlapping = (doc.layers.dates ?? []).filter((d) => spans.some((s) => d.start < s.end && s.start < d.end));
      dates.total++;
      if (overlapping.some((d) => d.value === g.value)) dates.right++;
      else dates.errors.push(`| ${id} | ${g.text} | ${g.value} | ${overlapping.map((d) => `${doc.text.slice(d.start, d.end)} → ${d.value}`).join(', ') || 'not found'} |`);
    }
    if (goldMentions.length === 0) continue;
    const placed = (doc.layers.places ?? []).filter((p) => !p.role);
    let articleRight = 0;
    for (const g of goldMentions) {
      const p = placed.find((x) => x.start === g.start && x.end === g.end);
      const ok = p !== undefined && p.country === g.country;
      if (!p) unresolved++;
      if (ok) articleRight++;
      else errors.push(`| ${id} | ${g.text} | ${g.country ?? '—'} | ${p ? `${p.name} ${p.country ?? '—'} (${p.kind}, ${p.confidence})` : 'unresolved'} |`);
    }
    mentions += goldMentions.length;
    right += articleRight;
    perArticle.push(`| ${id} | ${goldMentions.length} | ${articleRight} |`);

    const names = (annotateWithNames(raw).layers.places ?? []).filter((p) => !p.role);
    namesGold += goldMentions.length;
    namesPredicted += names.length;
    for (const g of goldMentions) {
      const p = names.find((x) => x.start < g.end && g.start < x.end);
      if (!p) continue;
      namesHit++;
      if (p.country === g.country) namesCountryRight++;
    }
    namesTrue += names.filter((p) => goldMentions.some((g) => p.start < g.end && g.start < p.end)).length;
  }
  return {
    mentions, right, unresolved, errors, perArticle, dates,
    names: { recall: namesHit / namesGold, precision: namesTrue / namesPredicted, countryRight: namesCountryRight / namesHit },
  };
}
