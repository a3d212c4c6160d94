import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../src/readers/text.js';
import { collect, sourceOf } from '../src/readers/test-source.js';
import { defaultPipeline } from '../src/pipeline.js';
import { ROOT } from './helpers.js';

const slug = 'tass-2020-06-26-putin-macron';

async function annotate() {
  const bytes = readFileSync(join(ROOT, 'test', 'fixtures', 'articles', `${slug}.txt`));
  const [result] = await collect(readText(sourceOf(bytes, `${slug}.txt`)));
  if (!result.ok) throw result.error;
  return defaultPipeline().run(result.doc);
}

describe('the founding article, end to end', () => {
  it('matches its reviewed golden file (update with npm run test:update)', async () => {
    const doc = await annotate();
    const at = (s: { start: number; end: number }) => doc.text.slice(s.start, s.end);
    const { dateline, sentences = [], tokens = [] } = doc.layers;
    const view = {
      date: dateline?.published,
      dateline: dateline?.span && at(dateline.span),
      place: dateline?.placeName,
      agency: dateline?.agency,
      sections: dateline?.sections.map(at),
      tokens: tokens.length,
      sentences: sentences.map(at),
      diagnostics: doc.diagnostics,
    };
    await expect(JSON.stringify(view, null, 2) + '\n').toMatchFileSnapshot(join('fixtures', 'articles', `${slug}.expected.json`));
  });

  it('keeps the sentence after an unclosed quotation mark on its own', async () => {
    const doc = await annotate();
    const texts = (doc.layers.sentences ?? []).map((s) => doc.text.slice(s.start, s.end));
    expect(texts).toContain('Apart from that, according to the Kremlin press service, Macron accepted Putin’s invitation to pay an official visit to Russia.');
  });
});
