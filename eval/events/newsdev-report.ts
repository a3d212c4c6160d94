/** The news-dev section of `npm run eval events`: F1, P and R per folder, for each half and for all. */
import type { Pipeline } from '../../src/core/pipeline.js';
import { newsDevPresent, pipelineCoder, prfOf, scoreNewsDev, tally, type NewsDevArticle } from './newsdev.js';

export async function reportNewsDev(pipeline: Pipeline): Promise<{ metrics: Record<string, number>; markdown: string }> {
  if (!newsDevPresent()) return { metrics: {}, markdown: '### news-dev\n\nData not present.\n' };
  const articles = await scoreNewsDev(pipelineCoder(pipeline));
  const folders = [...new Set(articles.map((a) => a.folder))];
  const metrics: Record<string, number> = {};
  const rows: string[] = [];
  const fmt = (v: number) => v.toFixed(3);
  for (const half of ['all', 'tune', 'check'] as const) {
    const inHalf = (a: NewsDevArticle) => half === 'all' || a.half === half;
    for (const folder of [...folders, 'all']) {
      const t = tally(articles.filter((a) => inHalf(a) && (folder === 'all' || a.folder === folder)));
      const s = prfOf(t);
      rows.push(`| ${half} | ${folder} | ${fmt(s.f1)} | ${fmt(s.p)} | ${fmt(s.r)} | ${t.found}/${t.required} | ${t.predicted} | ${t.false} |`);
      if (folder === 'all') metrics[`newsdev_${half}_f1`] = Number(fmt(s.f1));
    }
  }
  const markdown = [
    `### news-dev (${articles.length} articles, reference scoring rules)\n`,
    'Scored with `eval/events/reference-score.ts`, a port of `../shared/tools/score_events.py` pinned to it by a test; the same numbers as `python3 ../shared/tools/newsdev_score.py [--half tune|check]` after `npm run build`.\n',
    '| half | folder | F1 | P | R | found/required | predicted | false |', '|---|---|---|---|---|---|---|---|', ...rows, '',
  ].join('\n');
  return { metrics, markdown };
}
