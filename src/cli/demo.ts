import { rmSync } from 'node:fs';
import type { Command } from 'commander';
import { assetPath } from '../core/assets.js';
import { recordLock } from '../export/lock.js';
import { ingest } from '../store/ingest.js';
import { formatSummary } from './ingest.js';
import { openStore } from './open-store.js';
import type { Document } from '../core/document.js';
import { commandPipeline, pipelineOption } from './pipeline-option.js';
import { createProgress } from './progress.js';

export function register(program: Command): void {
  program
    .command('demo')
    .description('code the bundled sample articles into a fresh store and show what was found')
    .option('--db <file>', 'store file to (re)create', 'demo.db')
    .addOption(pipelineOption())
    .action(async (opts: { db: string; pipeline?: string }) => {
      const pipeline = await commandPipeline(opts.pipeline, { command: 'dyad demo' });
      for (const suffix of ['', '-wal', '-shm']) rmSync(opts.db + suffix, { force: true });
      const store = openStore(opts.db);
      const progress = createProgress('documents');
      let count = 0;
      let seedId: string | undefined;
      const bySource = new Map<string, number>();
      const started = Date.now();
      try {
        // The store records what codes its documents, before the first one is written (#17).
        await recordLock(store);
        const summary = await ingest([assetPath('samples')], {
          store,
          pipeline,
          onOutcome: (outcome) => {
            progress.tick(++count, 0, 0);
            if (outcome.status === 'rejected') return;
            const { meta } = outcome.doc;
            // The plain-text sample is the founding article; the others come as JSON Lines.
            if (meta.origin.format === 'text') seedId ??= outcome.doc.id;
            const source = meta.source ?? outcome.doc.layers.dateline?.agency ?? 'unknown';
            bySource.set(source, (bySource.get(source) ?? 0) + 1);
          },
        });
        progress.finish();
        const seconds = (Date.now() - started) / 1000;
        const total = await store.count();
        const out = [
          formatSummary(summary, opts.db, total).trimEnd() + ` (${seconds.toFixed(1)} s)`,
          `  by source: ${[...bySource].map(([source, n]) => `${source} ${n}`).join(', ')}`,
          '',
        ];
        const sample = seedId ? await store.get(seedId) : undefined;
        if (sample) {
          const top = sample.layers.dateline;
          out.push(
            `The founding article, ${sample.id}:`,
            `  date ${top?.published ?? '—'}, dateline ${top?.placeName ?? '—'}, source ${sample.meta.source ?? top?.agency ?? '—'}`,
            `  ${sample.layers.sentences?.length ?? 0} sentences, ${sample.layers.tokens?.length ?? 0} tokens, sections: ${top?.sections.map((s) => sample.text.slice(s.start, s.end)).join(', ') || '—'}`,
            ...foundIn(sample),
            '',
          );
        }
        const recent = await store.list({ limit: 5 });
        out.push('Most recent articles:', ...recent.map((d) => `  ${d.date?.slice(0, 10) ?? '          '}  ${d.source ?? ''}  ${(d.title ?? '').slice(0, 70)}`), '');
        out.push(
          'Next:',
          `  npx dyad serve --db ${opts.db}                   dashboard and API at http://127.0.0.1:8080/`,
          `  npx dyad show ${sample?.id ?? '<id>'} --db ${opts.db}          the article with its layers`,
          `  npx dyad search "ceasefire" --db ${opts.db}        full-text search`,
          `  npx dyad export --format plover --db ${opts.db}    the events as PLOVER JSON Lines`,
          `  npx dyad ingest <files|folders|urls> --db ${opts.db}  add your own articles`,
        );
        process.stdout.write(out.join('\n') + '\n');
      } finally {
        await store.close();
      }
    });
}

/** A few lines on what the later stages found in a document, for the ones that ran. */
function foundIn(doc: Document): string[] {
  const { entities, actors, places, dates, quotes, themes, events } = doc.layers;
  const distinct = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))];
  const lines: string[] = [];
  if (entities) lines.push(`  ${entities.length} named entities`);
  if (actors) lines.push(`  actors: ${distinct(actors.map((a) => (a.code ? `${a.name} (${[a.code, a.sector].filter(Boolean).join(' ')})` : undefined))).slice(0, 6).join(', ')}`);
  if (places) lines.push(`  places: ${distinct(places.map((p) => (p.country ? `${p.name} ${p.country}` : p.name))).join(', ')}`);
  if (dates) lines.push(`  dates: ${dates.map((d) => `${doc.text.slice(d.start, d.end)} → ${d.value}${d.background ? ' (background)' : ''}`).join('; ')}`);
  if (quotes) lines.push(`  ${quotes.length} quotes, from ${distinct(quotes.map((q) => q.speaker?.name)).join(', ') || 'no resolved speaker'}`);
  if (themes) lines.push(`  themes: ${themes.contexts.map((c) => c.context).join(', ')}`);
  if (events) lines.push(`  ${events.events.length} events: ${events.events.map((e) => `${e.event} ${e.actors.map((a) => `${a.code ?? ''}${a.sector ?? ''}`).join('+')}→${e.recipients.map((r) => `${r.code ?? ''}${r.sector ?? ''}`).join('+') || '—'}`).join(', ')}`);
  return lines;
}
