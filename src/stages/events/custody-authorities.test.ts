import { describe, expect, it } from 'vitest';
import { parsedDoc } from '../../../test/support/parsed-doc.js';
import type { Place } from '../places/types.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
/** "Weirick <aux> arrested|charged in California ." with "California" a place of the United States, or no place. */
const sentence = (aux: string, verb: [string, string], withPlace = true) => {
  const doc = parsedDoc([`
    Weirick Weirick PROPN NNP 3 nsubj:pass
    ${aux} be AUX ${aux === 'is' ? 'VBZ' : 'VBD'} 3 aux:pass
    ${verb[0]} ${verb[1]} VERB VBN 0 root
    in in ADP IN 5 case
    California California PROPN NNP 3 obl
    . . PUNCT . 3 punct`]);
  const t = doc.layers.tokens[4];
  const places = withPlace ? [{ start: t.start, end: t.end, name: 'California', country: 'USA' } as unknown as Place] : [];
  return { ...doc, layers: { ...doc.layers, places } };
};

describe('custody authorities', () => {
  it.each([
    ['was', ['arrested', 'arrest'], 'COERCE', 'COP'],
    ['was', ['charged', 'charge'], 'ACCUSE', 'JUD'],
  ] as const)('gives an agentless "%s %s" the authorities of the country where it happened', (aux, verb, event, sector) => {
    const { events } = codeEvents(sentence(aux, [...verb]), lexicon);
    const act = events.find((e) => e.event === event);
    expect(act?.actors.map((a) => [a.code, a.sector])).toEqual([['USA', sector]]);
    expect(act?.reasons.some((r) => r.rule === 'events/custody-authorities')).toBe(true);
  });

  it('reads a present-tense "is charged" as a task given, not a charge laid', () => {
    const { events, rejected } = codeEvents(sentence('is', ['charged', 'charge']), lexicon);
    expect(events.some((e) => e.event === 'ACCUSE')).toBe(false);
    expect(rejected.some((r) => r.ruleId === 'events/no-actor')).toBe(true);
  });

  it('leaves the act without a doer when no country says where it happened', () => {
    const { events, rejected } = codeEvents(sentence('was', ['arrested', 'arrest'], false), lexicon);
    expect(events.some((e) => e.event === 'COERCE')).toBe(false);
    expect(rejected.some((r) => r.event === 'COERCE' && r.ruleId === 'events/no-actor')).toBe(true);
  });

  it('leaves a passive that names its doer with "by" to that doer ("was arrested by gunmen in California")', () => {
    const doc = parsedDoc([`
      Weirick Weirick PROPN NNP 3 nsubj:pass
      was be AUX VBD 3 aux:pass
      arrested arrest VERB VBN 0 root
      by by ADP IN 5 case
      gunmen gunman NOUN NNS 3 obl:agent
      in in ADP IN 7 case
      California California PROPN NNP 3 obl
      . . PUNCT . 3 punct`]);
    const t = doc.layers.tokens[6];
    const places = [{ start: t.start, end: t.end, name: 'California', country: 'USA' } as unknown as Place];
    const { events } = codeEvents({ ...doc, layers: { ...doc.layers, places } }, lexicon);
    expect(events.some((e) => e.reasons.some((r) => r.rule === 'events/custody-authorities'))).toBe(false);
  });
});
