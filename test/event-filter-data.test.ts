import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { codeForFilter } from '../scripts/events/event-filter-data.js';
import { makeDoc, type Document } from '../src/core/document.js';
import { defaultPipeline } from '../src/pipeline.js';
import { collect, sourceOf } from '../src/readers/test-source.js';
import { readText } from '../src/readers/text.js';
import type { EventInput } from '../src/stages/events/event-context.js';
import { events } from '../src/stages/events/index.js';
import { createPipeline } from '../src/core/pipeline.js';
import type { LayerName } from '../src/core/layers.js';
import { ROOT } from './helpers.js';

// Every feature vector the filter reads, recorded where it is made (withTextKind's output is the model's input).
const seen = vi.hoisted(() => [] as string[][]);
vi.mock('../src/stages/events/filter-features.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../src/stages/events/filter-features.js')>();
  return {
    ...actual,
    withTextKind: (doc: Document, features: readonly string[]) => {
      const out = actual.withTextKind(doc, features);
      seen.push(out);
      return out;
    },
  };
});

async function seedArticle(): Promise<Document> {
  const slug = 'tass-2020-06-26-putin-macron';
  const [result] = await collect(readText(sourceOf(readFileSync(join(ROOT, 'test', 'fixtures', 'articles', `${slug}.txt`)), `${slug}.txt`)));
  if (!result.ok) throw result.error;
  return result.doc;
}

// Real text through the real parser, with what placing adds after the filter: a location ("in Moscow"), a visited
// country as host ("arrived in India"), force on another country's territory ("shelled villages in Ukraine").
const made = [
  'Russian President Vladimir Putin held talks with French President Emmanuel Macron in Moscow on Friday. The two leaders agreed to resume cooperation on energy.',
  'The President of Russia arrived in India on a working visit on Monday. Russian troops shelled villages in Ukraine on Sunday, the ministry said.',
];

/** What the stage's filter is given for one document at run time, and what the gatherer learns from for it. */
function bothReadings(doc: Document): { runTime: string[][]; gathered: string[][] } {
  seen.length = 0;
  const coded = defaultPipeline().run(doc);
  const runTime = [...seen];
  const { events: _, ...before } = coded.layers;
  const gathered = codeForFilter({ ...coded, layers: before } as EventInput).features.filter((f): f is string[] => !!f);
  return { runTime, gathered };
}

describe('the event filter\'s gatherer (scripts/events/event-filter-data.ts)', () => {
  it.each<[string, () => Promise<Document>]>([
    ['the seed article', seedArticle],
    ...made.map((text, i): [string, () => Promise<Document>] => [`made-up text ${i + 1}`, async () => makeDoc({ text, meta: { date: '2023-03-06' } })]),
  ])('learns from exactly the feature vectors the run-time filter reads: %s (#12, session 47)', async (_, load) => {
    const { runTime, gathered } = bothReadings(await load());
    expect(runTime.length).toBeGreaterThan(0);
    expect(gathered).toEqual(runTime);
  });
});

describe('the event filter\'s gatherer totals', () => {
  it('codes the events the stage codes with the filter off, states of the day included (#12, session 59: E1021 in cross-fit.ts)', () => {
    // 1989: Slovenia is a republic of Yugoslavia, so its police are Yugoslavia's (states-of-day.ts); the gatherer skipped that step.
    const doc = defaultPipeline().run(makeDoc({ text: 'Slovenian police arrested two Austrian journalists in Ljubljana on Friday.', meta: { date: '1989-06-01' } }));
    const { events: _, ...before } = doc.layers;
    const stage = createPipeline([events({ filter: false })], Object.keys(before) as LayerName[]).run({ ...doc, layers: before });
    const gathered = codeForFilter({ ...doc, layers: before } as EventInput).doc.layers.events;
    expect(stage.layers.events?.events.length).toBeGreaterThan(0);
    expect(gathered?.events).toEqual(stage.layers.events?.events);
  });
});
