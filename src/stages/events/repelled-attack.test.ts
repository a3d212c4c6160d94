import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// Made-up sentences through the real pipeline; the rules' events before the learned filter (whose verdict is not theirs).
const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['events'] });
const coded = (text: string) => codeEvents(pipeline.run(makeDoc({ text, meta: { date: '2024-05-02' } })) as Parameters<typeof codeEvents>[0], lexicon).events
  .map((e) => `${e.event} ${e.actors.map((a) => a.code).join('+')}>${e.recipients.map((r) => r.code).join('+')}`);

describe('an attack repelled fell on the side that repelled it (session 47 review)', () => {
  it.each([
    ['Israeli forces repelled an attack by Hamas fighters.', 'ASSAULT PSE>ISR'],
    ['The Syrian army repulsed an attack by Turkish forces.', 'ASSAULT TUR>SYR'],
    ['Ukrainian troops repelled an attack by Russian forces near Bakhmut.', 'ASSAULT RUS>UKR'],
  ])('"%s": the attack\'s doer acts on the repelling side, never the reverse', (text, expected) => {
    const events = coded(text);
    expect(events.some((e) => e.startsWith(expected))).toBe(true);
  });

  it.each([
    ['The Russian president rebuffed an attack by American senators.', 'ASSAULT USA>RUS'],
    ['The Chinese government repelled an attack by American lawmakers.', 'ASSAULT USA>CHN'],
  ])('"%s": with neither side a force, the attack is words and lands on no repeller (review of ev-idioms, finding 5)', (text, wrong) => {
    expect(coded(text)).not.toContain(wrong);
  });

  it.each([
    ['Israeli forces launched an attack by air on Hamas positions.'],
    ['Russian forces carried out an attack on Ukrainian positions.'],
  ])('"%s": an attack not repelled keeps its own target', (text) => {
    expect(coded(text).some((e) => /^ASSAULT \w+>\w+/.test(e))).toBe(true);
  });
});
