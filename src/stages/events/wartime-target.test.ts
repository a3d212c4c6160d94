import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { DyadError } from '../../core/errors.js';
import type { ActorMention } from '../actors/types.js';
import { codedEvent } from '../../../test/support/test-events.js';
import { parseWars, wartimeTarget, type War } from './wartime-target.js';

const WARS: War[] = [{ sides: ['IRN', 'IRQ'], from: '1980-09-22', to: '1988-08-20' }];

/** A mention of `words` (its first occurrence) coded `code`. */
function mention(text: string, words: string, code: string): ActorMention {
  const start = text.indexOf(words);
  return { start, end: start + words.length, tokens: [0, 1], actorId: code.toLowerCase(), name: words, code, reasons: [], why: '' };
}

function targetOf(text: string, trigger: string, doer: [string, string], named: [string, string][], options: { date?: string; site?: string } = {}) {
  const coded = codedEvent(text, { event: 'ASSAULT', trigger, actor: { words: doer[0], id: doer[1].toLowerCase(), code: doer[1] } });
  const actors = [doer, ...named].map(([words, code]) => mention(text, words, code));
  const discourse = { ...(options.site ? { publisher: { site: 'site', code: options.site, office: 'president' } } : {}), mentions: [] };
  const doc = makeDoc({ text, meta: { date: options.date ?? '1987-03-05' }, layers: { actors, discourse, sentences: [{ start: 0, end: text.indexOf('.') + 1 }] } });
  return wartimeTarget(doc, { ...coded, sent: 0 }, WARS)?.recipient.code;
}

describe('wartimeTarget', () => {
  it('aims force with no target at the other side of the war the story names', () => {
    expect(targetOf('Iran launched the new offensive on Tuesday. Iraq said it was repulsed.', 'launched', ['Iran', 'IRN'], [['Iraq', 'IRQ']])).toBe('IRQ');
  });

  it.each([
    ['a story that never names the other side', 'Iran launched the new offensive on Tuesday.', [], {}],
    ['a date outside the war', 'Iran launched the new offensive on Tuesday. Iraq said it was repulsed.', [['Iraq', 'IRQ']], { date: '1990-03-05' }],
    ['a third party named in the sentence', 'Iran launched attacks near Kuwaiti waters. Iraq said so.', [['Kuwaiti', 'KWT'], ['Iraq', 'IRQ']], {}],
    ['a side\'s own site', 'Iran launched the new offensive on Tuesday. Iraq said it was repulsed.', [['Iraq', 'IRQ']], { site: 'IRN' }],
  ] as const)('names no target in %s', (_, text, named, options) => {
    expect(targetOf(text, 'launched', ['Iran', 'IRN'], named.map(([w, c]) => [w, c]), options)).toBeUndefined();
  });

  it('reads rows of two sides and their days, and refuses a malformed one with E540', () => {
    expect(parseWars('# c\nRUS\tUKR\t2022-02-24\t-\n', 'wars.tsv')).toEqual([{ sides: ['RUS', 'UKR'], from: '2022-02-24' }]);
    expect(() => parseWars('RUS\tRUS\t2022-02-24\t-\n', 'wars.tsv')).toThrow(DyadError);
  });
});
