import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { igoOfficials } from './igo-officials.js';
import { viewOf } from './view.js';

/** A sentence of words (tags do not matter to the rule), one token a word. */
const sentence = (text: string): string => `\n  ${text.split(' ').map((w, k) => `${w} ${w.toLowerCase()} X X ${k === 0 ? 0 : 1} dep`).join('\n  ')}`;

const body = (first: number, last: number, sector = 'EU'): ActorSpec => ({ sent: 0, tokens: [first, last], id: `igo-${sector}`, name: sector, code: 'IGO', sector, kind: 'org' });
const kubilius = (sent: number, first: number, last: number): ActorSpec => ({ sent, tokens: [first, last], id: 'andrius-kubilius', name: 'Andrius Kubilius', code: 'LTU', sector: 'ELI', kind: 'person' });

const lithuania: ActorSpec = { sent: 0, tokens: [5, 6], id: 'ltu', code: 'LTU', kind: 'country' };

function officials(texts: string[], actors: ActorSpec[]): { text: string; code?: string; sector?: string }[] {
  const doc = parsedDoc(texts.map(sentence), { actors });
  return igoOfficials(viewOf(doc), doc.layers.actors ?? []).map((m) => ({ text: doc.text.slice(m.start, m.end), code: m.code, sector: m.sector }));
}

describe('igoOfficials', () => {
  it('codes a person titled as an international body\'s official as the body, on every mention', () => {
    // "Zhovkva met Chair of the European Parliament Delegation to the Euronest Assembly Andrius Kubilius . Zhovkva thanked Andrius Kubilius"
    const lead = 'Zhovkva met Chair of the European Parliament Delegation to the Euronest Assembly Andrius Kubilius .';
    expect(officials([lead, 'Zhovkva thanked Andrius Kubilius .'], [body(4, 8), kubilius(0, 12, 14), kubilius(1, 2, 4)])).toEqual([
      { text: 'Andrius Kubilius', code: 'IGO', sector: 'EU' },
      { text: 'Andrius Kubilius', code: 'IGO', sector: 'EU' },
    ]);
  });

  it.each([
    ['a national office between the body and the name', 'the ASEAN Chair Prime Minister Andrius Kubilius .', [body(1, 3, 'ASEAN'), kubilius(0, 5, 7)]],
    ['a body the title does not hold with "of"', 'Representative to the EU Andrius Kubilius said .', [body(2, 4), kubilius(0, 4, 6)]],
    ['another actor between the body and the name', 'Chair of the EU in Lithuania Andrius Kubilius .', [body(2, 4), lithuania, kubilius(0, 6, 8)]],
  ])('leaves the person\'s own code with %s', (_, text, actors) => {
    expect(officials([text], actors)).toEqual([]);
  });
});
