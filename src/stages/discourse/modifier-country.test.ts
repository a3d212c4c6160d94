import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import type { Document } from '../../core/document.js';
import type { Place } from '../places/types.js';
import { discourse } from './index.js';

/** "<service> <noun> attacked the platform in Cyprus ." with the service parsed as `rel` of the noun. */
const attacked = (rel: string, upos = 'PROPN') => [`
  U.S. U.S. PROPN NNP 3 compound
  Navy Navy ${upos} NNP 3 ${rel}
  warships warship NOUN NNS 4 nsubj
  attacked attack VERB VBD 0 root
  the the DET DT 6 det
  platform platform NOUN NN 4 obj
  in in ADP IN 8 case
  Cyprus Cyprus PROPN NNP 4 obl
  . . PUNCT . 4 punct`];

const service = (code?: string, members?: string[], sector = 'MIL'): ActorSpec => ({ sent: 0, tokens: [0, 2], id: 'us-navy', name: 'U.S. Navy', ...(code ? { code } : {}), sector, ...(members ? { members } : {}) });
const warships: ActorSpec = { sent: 0, tokens: [2, 3], id: 'local:warships', name: 'warships', sector: 'MIL' };

/** The country discourse gives "warships", in a story whose only place is Cyprus (which `locate` fell back on). */
function warshipsCountry(sentences: readonly string[], modifier: ActorSpec): string | undefined {
  const doc = parsedDoc(sentences, { actors: [modifier, warships] });
  const cyprus = doc.layers.tokens[7];
  const places: Place[] = [{ start: cyprus.start, end: cyprus.end, name: 'Cyprus', country: 'CYP' } as Place];
  const withLayers: Document = { ...doc, layers: { ...doc.layers, places } };
  const layer = discourse().run(withLayers, { report: () => undefined });
  return layer.mentions.find((m) => m.actorId === 'local:warships')?.code;
}

describe('an agent noun modified by a coded national service', () => {
  it.each([
    ['a compound', attacked('compound')],
    ['an adjective', attacked('amod', 'ADJ')],
  ])('takes the service\'s country, not the sentence\'s place (%s)', (_rel, sentences) => {
    expect(warshipsCountry(sentences, service('USA'))).toBe('USA');
  });

  it('keeps the place\'s country when the mention before it is not its modifier', () => {
    expect(warshipsCountry(attacked('nsubj'), service('USA'))).toBe('CYP');
  });

  it('takes no country from a group of members', () => {
    expect(warshipsCountry(attacked('compound'), service('USA', ['a', 'b']))).not.toBe('USA');
  });

  it.each([['REB'], ['CVL'], ['BUS']])('takes no country from a coded modifier of sector %s, no state service ("Hamas hostages")', (sector) => {
    expect(warshipsCountry(attacked('compound'), service('PSE', undefined, sector))).toBe('CYP');
  });

  it.each([['COP'], ['GOV'], ['EDU'], ['LAB']])('takes the country of a state service or institution of sector %s', (sector) => {
    expect(warshipsCountry(attacked('compound'), service('USA', undefined, sector))).toBe('USA');
  });
});

/** "<body> Farm Ministers met in Brussels ." with the body a compound of "Ministers" (or `rel`). */
const ministersMet = (rel = 'compound') => [`
  EC EC PROPN NNP 3 ${rel}
  Farm Farm PROPN NNP 3 compound
  Ministers Ministers PROPN NNPS 4 nsubj
  met meet VERB VBD 0 root
  in in ADP IN 6 case
  Brussels Brussels PROPN NNP 4 obl
  . . PUNCT . 4 punct`];

/** The code and sector discourse gives "Ministers", in a story whose only place is Brussels. */
function ministersActor(sentences: readonly string[], body: ActorSpec): string | undefined {
  const ministers: ActorSpec = { sent: 0, tokens: [2, 3], id: 'local:ministers', name: 'Ministers', sector: 'GOV' };
  const doc = parsedDoc(sentences, { actors: [body, ministers] });
  const brussels = doc.layers.tokens[5];
  const places: Place[] = [{ start: brussels.start, end: brussels.end, name: 'Brussels', country: 'BEL' } as Place];
  const layer = discourse().run({ ...doc, layers: { ...doc.layers, places } }, { report: () => undefined });
  const found = layer.mentions.find((m) => m.actorId === 'local:ministers');
  return found ? `${found.code ?? '-'} ${found.sector ?? '-'}` : undefined;
}

const body = (code: string, sector: string): ActorSpec => ({ sent: 0, tokens: [0, 1], id: 'ec', name: 'European Community', kind: 'org', code, sector });

describe('an agent noun compounded with an international body', () => {
  it('is the body\'s, over the noun\'s own compound words ("EC Farm Ministers"), not the place\'s country', () => {
    expect(ministersActor(ministersMet(), body('IGO', 'EU'))).toBe('IGO EU');
  });

  it('keeps the place\'s country when the body is no compound of the noun', () => {
    expect(ministersActor(ministersMet('nsubj'), body('IGO', 'EU'))).toBe('BEL GOV');
  });

  it('takes no national body that is not a state service (a French firm before the noun)', () => {
    expect(ministersActor(ministersMet(), body('FRA', 'BUS'))).toBe('BEL GOV');
  });
});

// Review rv-a #7: the real parser reads "EC Farm" as one name ("Farm" a flat of "EC", "EC" a compound of "Ministers"),
// which the hand-written parse above does not; the body is still the ministers'.
describe('an agent noun compounded with an international body, through the real pipeline', () => {
  it('issue-12: EC Farm Ministers criticised the United States', () => {
    const text = 'BRUSSELS, March 3 (Reuters) - EC Farm Ministers criticised the United States over its farm subsidies.';
    expect(codedAt(text, 'criticised', '1988-03-03')).toEqual(['ACCUSE IGO->USA']);
  });
});
