import { describe, expect, it } from 'vitest';
import { DyadError } from '../../src/core/errors.js';
import { readSource } from '../../src/readers/inputs.js';
import type { ReadLimits } from '../../src/readers/limits.js';
import { sourceOf } from '../../src/readers/test-source.js';
import { FORMATS, type Format } from '../../src/readers/types.js';
import { Gen, fuzzPlan, replay } from './generate.js';

const LIMITS: ReadLimits = { maxSourceBytes: 256 * 1024, maxLineBytes: 16 * 1024, maxTextChars: 20_000, maxHtmlDepth: 500 };
const HEAP_GROWTH_BYTES = 400 * 1024 * 1024;

/** One valid input of each format, for the mangler to start from. */
const VALID: Record<Format, string> = {
  text: 'MOSCOW, June 26. /TASS/. Putin and Macron held talks in Zürich. They agreed to meet again.',
  jsonl: `${JSON.stringify({ id: 'a', date: '2020-06-26', title: 'Talks', text: 'Putin met Macron. They agreed.' })}\n${JSON.stringify({ id: 7, text: 'Second story in Zürich.' })}\n`,
  html: '<!doctype html><html><head><title>Talks</title><meta property="article:published_time" content="2022-03-01T08:00:00Z"></head><body><article><h1>Talks</h1><p>The ministers met in Geneva and discussed the ceasefire at length, with many words to pass the threshold of the extractor.</p><p>They agreed to meet again in Vienna next month, officials said in a long statement to the press.</p></article></body></html>',
  feed: '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Talks</title><guid>g1</guid><pubDate>Fri, 26 Jun 2020 10:00:00 GMT</pubDate><description>&lt;p&gt;Putin and Macron held talks.&lt;/p&gt;</description></item><item><title>Two</title><description>Second item.</description></item></channel></rss>',
  reuters: '<!DOCTYPE lewis SYSTEM "lewis.dtd">\n<REUTERS NEWID="1"><DATE>26-FEB-1987 15:01:01.79</DATE><TEXT><TITLE>COCOA</TITLE><DATELINE>SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued.\n Reuter\n&#3;</BODY></TEXT></REUTERS>\n',
};

/** Hostile inputs that are not mangled valid ones: deep nesting, huge lines, binary. */
function hostile(gen: Gen): { bytes: Buffer; format?: Format } {
  const depth = gen.int(1000, 50_000);
  switch (gen.int(0, 5)) {
    case 0:
      return { bytes: Buffer.from(`{"text":"Deep.","x":${'['.repeat(depth)}${']'.repeat(depth)}}\n`), format: 'jsonl' };
    case 1:
      return { bytes: Buffer.from(`<!doctype html><html><body>${'<div>'.repeat(depth)}Deep text here.${'</div>'.repeat(depth)}</body></html>`), format: 'html' };
    case 2:
      return { bytes: Buffer.from(`<?xml version="1.0"?><rss><channel>${'<item>'.repeat(depth)}</channel></rss>`), format: 'feed' };
    case 3:
      return { bytes: Buffer.from(`{"text":"${'x'.repeat(gen.int(LIMITS.maxLineBytes, LIMITS.maxLineBytes * 4))}"}\n{"text":"After."}\n`) };
    case 4:
      return { bytes: gen.bytes(gen.int(0, 8192)) };
    default:
      return { bytes: Buffer.from(gen.text(gen.int(LIMITS.maxTextChars, LIMITS.maxTextChars * 2)) + '. The end.') };
  }
}

describe('fuzz: every reader, on random and hostile bytes', () => {
  const { runs, seed } = fuzzPlan(60);
  it(`gives documents or coded rejections, within the limits and bounded memory (seed ${seed}, ${runs} cases)`, async () => {
    const heapBefore = process.memoryUsage().heapUsed;
    for (let run = 0; run < runs; run++) {
      const gen = new Gen(seed + run);
      const chosen = gen.pick(FORMATS);
      const { bytes, format } = gen.chance(0.3) ? hostile(gen) : { bytes: gen.mangle(Buffer.from(VALID[chosen], 'utf8')), format: gen.chance(0.5) ? chosen : undefined };
      const what = `${bytes.length} bytes read as ${format ?? 'detected'}`;
      let results;
      try {
        results = [];
        for await (const result of readSource(sourceOf(bytes, `fuzz-${gen.seed}`), format, LIMITS)) results.push(result);
      } catch (error) {
        expect.fail(replay(gen.seed, `${what}: threw ${String(error)}`));
      }
      expect(results.length, replay(gen.seed, `${what}: no outcome`)).toBeGreaterThan(0);
      for (const result of results) {
        if (result.ok) expect(result.doc.text.length, replay(gen.seed, `${what}: text beyond the limit`)).toBeLessThanOrEqual(LIMITS.maxTextChars);
        else expect(result.error, replay(gen.seed, `${what}: uncoded rejection`)).toBeInstanceOf(DyadError);
      }
      expect(process.memoryUsage().heapUsed - heapBefore, replay(gen.seed, `${what}: memory`)).toBeLessThan(HEAP_GROWTH_BYTES);
    }
  }, 600_000);
});
