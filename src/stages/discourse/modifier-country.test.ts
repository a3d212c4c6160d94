import { describe, expect, it } from 'vitest';
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
