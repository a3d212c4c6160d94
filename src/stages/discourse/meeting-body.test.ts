import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import type { Document } from '../../core/document.js';
import { discourse } from './index.js';
import { resolvedActors } from './merge.js';

/** "Austria is the host ." — the story names the dateline's country, so the dateline counts. */
const HOST = `
  Austria Austria PROPN NNP 4 nsubj
  is be AUX VBZ 4 cop
  the the DET DT 4 det
  host host NOUN NN 0 root
  . . PUNCT . 4 punct`;

/** "OPEC <verb> ." */
const opec = (verb: string, lemma: string): string => `
  OPEC OPEC PROPN NNP 2 nsubj
  ${verb} ${lemma} VERB VBD 0 root
  . . PUNCT . 2 punct`;

/** "<noun> said ." */
const said = (noun: string): string => `
  ${noun} ${noun.toLowerCase()} NOUN NNS 2 nsubj
  said say VERB VBD 0 root
  . . PUNCT . 2 punct`;

/** The code and sector discourse gives the third sentence's noun, the dateline (a wire story) on "Austria" or none. */
function codeOf(middle: string, noun: string, sector: string, dateline = true): string {
  const actors: ActorSpec[] = [
    { sent: 0, tokens: [0, 1], id: 'AUT', name: 'Austria', code: 'AUT', kind: 'country' },
    { sent: 1, tokens: [0, 1], id: 'opec', name: 'OPEC', code: 'IGO', sector: 'OPEC', kind: 'org' },
    { sent: 2, tokens: [0, 1], id: `local:${noun}`, sector },
  ];
  const doc = parsedDoc([HOST, middle, said(noun)], { actors, meta: { date: '1987-03-24' } });
  const places = dateline ? [{ start: 0, end: 7, name: 'Vienna', country: 'AUT', role: 'dateline' } as never] : [];
  const layer = discourse().run({ ...doc, layers: { ...doc.layers, places } }, { report: () => undefined });
  const placed: Document = { ...doc, layers: { ...doc.layers, places, discourse: layer } };
  const found = resolvedActors(placed).find((m) => placed.text.slice(m.start, m.end) === noun);
  return `${found?.code ?? '-'} ${found?.sector ?? '-'}`;
}

describe('bare delegates after an international body\'s meeting (wire)', () => {
  it.each([['Officials', 'GOV'], ['Delegates', 'LEG']])('issue-12: "OPEC met. %s said" are OPEC\'s, not the dateline\'s country', (noun, sector) => {
    expect(codeOf(opec('met', 'meet'), noun, sector)).toBe('IGO OPEC');
  });

  it('keeps the dateline\'s country when the body only acts, holding no meeting ("OPEC agreed")', () => {
    expect(codeOf(opec('agreed', 'agree'), 'Officials', 'GOV')).toBe('AUT GOV');
  });

  it('keeps the dateline\'s country for a noun not of a meeting\'s people ("Traders")', () => {
    expect(codeOf(opec('met', 'meet'), 'Traders', 'BUS')).toBe('AUT BUS');
  });

  it('gives nothing in a story with no dateline (no wire story)', () => {
    expect(codeOf(opec('met', 'meet'), 'Officials', 'GOV', false)).not.toMatch(/^IGO/);
  });
});

// Review rv-a #4-#6: the body is its meeting's sole holder. A state named going to the meeting, a party the body meets,
// or the body named as the officials' own other party leaves the officials someone else's (through the real pipeline).
describe('bare delegates where the body is not their meeting\'s sole holder', () => {
  it.each([
    ['LAGOS, June 25 (Reuters) - Nigeria said it would attend OPEC\'s meeting in Vienna. Officials criticised the International Energy Agency.', 'ACCUSE NGA->IGO'],
    ['JAKARTA, June 25 (Reuters) - Indonesia will send its oil minister to OPEC\'s meeting in Vienna. Officials criticised the International Energy Agency.', 'ACCUSE IDN->IGO'],
    ['CARACAS, June 25 (Reuters) - Venezuela\'s oil minister will leave for OPEC\'s meeting in Vienna. Officials criticised the International Energy Agency.', 'ACCUSE VEN->IGO'],
    ['BRASILIA, March 3 (Reuters) - The IMF will meet Brazilian officials next week. Officials criticised the Paris Club.', 'ACCUSE BRA->IGO'],
  ])('issue-12: %s', (text, event) => {
    expect(codedAt(text, 'criticised', '1988-06-25')).toEqual([event]);
  });

  it('issue-12: gives the body\'s officials none of its own acts on it ("Officials rejected the fund\'s demands")', () => {
    const text = 'BRASILIA, March 3 (Reuters) - The IMF met on Tuesday. Officials rejected the fund\'s demands for spending cuts.';
    expect(codedAt(text, 'rejected', '1988-03-03').filter((e) => e.startsWith('REJECT IGO'))).toEqual([]);
  });

  it.each([
    ['VIENNA, June 25 (Reuters) - OPEC\'s meeting opened in Vienna. Officials criticised the International Energy Agency.'],
    // The holder named in the officials' own sentence is their meeting's, no other party of theirs.
    ['VIENNA, June 25 (Reuters) - At OPEC\'s meeting on Tuesday, officials criticised the International Energy Agency.'],
    // The meeting's own venue is no state the officials serve (review rv-d #6 of session 60: these were AUT).
    ['LONDON, June 25 (Reuters) - At OPEC\'s meeting in Vienna on Tuesday, officials criticised the International Energy Agency.'],
    ['LONDON, June 25 (Reuters) - At the OPEC meeting in Vienna, ministers criticised the International Energy Agency.'],
    // "the OPEC meeting": the body's mention takes the meeting noun's article, which is no head of the body.
    ['LONDON, June 25 (Reuters) - At the OPEC meeting, ministers criticised the International Energy Agency.'],
  ])('still gives the body\'s officials at its venue: %s', (text) => {
    expect(codedAt(text, 'criticised', '1988-06-25')).toEqual(['ACCUSE IGO->IGO']);
  });
});
