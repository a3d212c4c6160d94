import { describe, expect, it } from 'vitest';
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
