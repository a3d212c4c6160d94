/**
 * `npm run eval places`: geocoding, dates and themes on the seed article (its gold annotation)
 * and place-to-country accuracy on the 24 Wikinews sample articles (hand gold in this folder,
 * see README.md). Places are resolved on gold mentions, so entity recognition errors do not
 * count here; the "names" rows show the gazetteer-only mention finder used when no entity
 * stage runs.
 */
import type { EvalReport } from '../report.js';
import { scoreSeed } from './seed.js';
import { scoreWikinews } from './wikinews.js';

const pct = (n: number, d: number): string => `${d === 0 ? '—' : ((100 * n) / d).toFixed(1)}% (${n}/${d})`;

export async function run(): Promise<EvalReport> {
  const seed = await scoreSeed();
  const wiki = await scoreWikinews();
  const markdown = [
    '### Seed article (`../shared/seed`)',
    '',
    `Places to the right country (and canonical name): ${pct(seed.placesRight, seed.placesTotal)}; city coordinates within 25 km: ${pct(seed.coordsRight, seed.coordsTotal)}; dates (value and background flag): ${pct(seed.datesRight, seed.datesTotal)}; required themes: ${pct(seed.themesFound, seed.themesRequired)}; contexts outside required+acceptable: ${seed.themesExtra.join(', ') || 'none'}.`,
    '',
    `Topics: ${seed.topics.join(', ')}.`,
    '',
    `Gazetteer-name mode (no entity stage): ${(100 * seed.namesRecall).toFixed(1)}% of gold places found with the right country.`,
    '',
    '| what | gold | expected | dyad | |',
    '|---|---|---|---|---|',
    ...seed.rows,
    '',
    '### Wikinews sample (`../shared/data/news/wikinews_gum`, gold `eval/places/wikinews-gold.tsv`)',
    '',
    `Place mentions to the right country: ${pct(wiki.right, wiki.mentions)} (unresolved: ${wiki.unresolved}).`,
    '',
    `Gazetteer-name mode: recall ${(100 * wiki.names.recall).toFixed(1)}% of gold mentions, precision ${(100 * wiki.names.precision).toFixed(1)}%, right country on ${(100 * wiki.names.countryRight).toFixed(1)}% of those found.`,
    '',
    `Dates (gold \`eval/places/wikinews-dates.tsv\`): ${pct(wiki.dates.right, wiki.dates.total)} of expressions found with the right ISO 8601 value.`,
    '',
    '| article | mentions | right country |',
    '|---|---|---|',
    ...wiki.perArticle,
    '',
    'Errors:',
    '',
    '| article | mention | gold | dyad |',
    '|---|---|---|---|',
    ...wiki.errors,
    '',
    'Date errors:',
    '',
    '| article | expression | gold | dyad |',
    '|---|---|---|---|',
    ...wiki.dates.errors,
    '',
  ].join('\n');
  return {
    title: 'Places, dates and themes (seed article, Wikinews sample)',
    metrics: {
      seed_place_country: seed.placesRight / seed.placesTotal,
      seed_city_within_25km: seed.coordsRight / seed.coordsTotal,
      seed_dates: seed.datesRight / seed.datesTotal,
      seed_required_themes: seed.themesFound / seed.themesRequired,
      wikinews_place_country: wiki.right / wiki.mentions,
      wikinews_dates: wiki.dates.right / wiki.dates.total,
    },
    markdown,
  };
}
