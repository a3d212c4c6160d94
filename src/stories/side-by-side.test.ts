import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../store/store.js';
import { sideBySide, type MemberEvents, type SideBySide } from './side-by-side.js';

type Party = string | { code: string | null; sector?: string; name?: string };

let n = 0;
/** A stored event with only what the alignment reads filled in meaningfully. */
function ev(document: string, event: string, actors: Party[], recipients: Party[] = [], more: Partial<StoredEvent> = {}): StoredEvent {
  const entity = (p: Party) => {
    const q = typeof p === 'string' ? { code: p } : p;
    return { code: q.code, sector: q.sector ?? null, name: q.name ?? q.code ?? '?', entity_text: q.name ?? q.code ?? '?' };
  };
  n += 1;
  return {
    id: `${document}-${n}`, doc_id: document, document, published: null, date: '2021-12-30', event, mode: null, context: [],
    actor: actors.map(entity), recipient: recipients.map(entity), speaker: null, cameo: null, quad_code: 1, event_scale: 0,
    negated: false, hypothetical: false, future: false, historical: false, event_loc: null, event_text: event.toLowerCase(),
    text_info: { sentence: 0, start: n * 10, end: n * 10 + 5 }, evidence: `${event} evidence`, confidence: 0.8, why: 'test', coder: 'dyad',
    trigger: { start: n * 10, end: n * 10 + 3 }, ...more,
  };
}

const kremlin = (...events: StoredEvent[]): MemberEvents => ({ document: 'k1', source: 'kremlin.ru', events });
const whiteHouse = (...events: StoredEvent[]): MemberEvents => ({ document: 'w1', source: 'whitehouse.gov', events });
/** Each row as `kind[/disagreement] TYPE(kremlin cell) | TYPE(white house cell)`. */
const summary = (s: SideBySide) => s.rows.map((r) =>
  `${r.kind}${r.disagreement ? `/${r.disagreement}` : ''} ${r.cells.map((c) => (c ? `${c.event} ${c.actors.join('+')}>${c.recipients.join('+')}` : '—')).join(' | ')}`);

describe('sideBySide', () => {
  it('sorts the sides by source and lists their documents', () => {
    const s = sideBySide([whiteHouse(), kremlin(), { document: 'k0', source: 'kremlin.ru', events: [] }]);
    expect(s.sides).toEqual([{ source: 'kremlin.ru', documents: ['k0', 'k1'] }, { source: 'whitehouse.gov', documents: ['w1'] }]);
    expect(s.rows).toEqual([]);
  });

  it.each([
    ['a reciprocal call, whatever the sector', [ev('k1', 'CONSULT', [{ code: 'RUS', sector: 'GOV' }, 'USA'])], [ev('w1', 'CONSULT', ['USA', { code: 'RUS', sector: 'GOV' }])], 'agree CONSULT RUS+USA> | CONSULT RUS+USA>'],
    ['a recipient left unsaid', [ev('k1', 'THREATEN', ['USA'])], [ev('w1', 'THREATEN', ['USA'], ['RUS'])], 'agree THREATEN USA> | THREATEN USA>RUS'],
    ['a reciprocal agreement and one party agreeing with the other', [ev('k1', 'AGREE', ['RUS', 'USA'])], [ev('w1', 'AGREE', ['USA'], ['RUS'])], 'agree AGREE RUS+USA> | AGREE USA>RUS'],
    ['who asked whom', [ev('k1', 'REQUEST', ['RUS'], ['USA'])], [ev('w1', 'REQUEST', ['USA'], ['RUS'])], 'disagree/direction REQUEST RUS>USA | REQUEST USA>RUS'],
    ['a denial', [ev('k1', 'AGREE', ['RUS'], ['USA'], { negated: true })], [ev('w1', 'AGREE', ['RUS'], ['USA'])], 'disagree/negation AGREE RUS>USA | AGREE RUS>USA'],
    ['one act the sides call differently', [ev('k1', 'ACCUSE', ['RUS'], ['UKR'])], [ev('w1', 'THREATEN', ['RUS'], ['UKR'])], 'disagree/type ACCUSE RUS>UKR | THREATEN RUS>UKR'],
  ])('aligns %s', (_, k, w, row) => {
    expect(summary(sideBySide([kremlin(...k), whiteHouse(...w)]))).toEqual([row]);
  });

  it.each([
    ['other parties', [ev('k1', 'AGREE', ['RUS', 'USA'])], [ev('w1', 'AGREE', ['RUS'], ['UKR'])]],
    ['other actors, no recipient', [ev('k1', 'REQUEST', ['RUS'])], [ev('w1', 'REQUEST', ['USA'], ['RUS'])]],
    ['two organisations', [ev('k1', 'CONSULT', [{ code: 'IGO', sector: 'NATO' }])], [ev('w1', 'CONSULT', [{ code: 'IGO', sector: 'OSC' }])]],
    ['another type between other parties', [ev('k1', 'ACCUSE', ['RUS'], ['UKR'])], [ev('w1', 'THREATEN', ['USA'], ['RUS'])]],
  ])('keeps apart %s', (_, k, w) => {
    expect(sideBySide([kremlin(...k), whiteHouse(...w)]).rows.map((r) => r.kind)).toEqual(['only', 'only']);
  });

  it('pairs another type only when each side has one act left between the parties', () => {
    const s = sideBySide([
      kremlin(ev('k1', 'ACCUSE', ['RUS'], ['UKR']), ev('k1', 'REJECT', ['RUS'], ['UKR'])),
      whiteHouse(ev('w1', 'THREATEN', ['RUS'], ['UKR'])),
    ]);
    expect(s.rows.map((r) => r.kind)).toEqual(['only', 'only', 'only']);
  });

  it('makes one claim of a type between the same parties on one side, over its reports', () => {
    const s = sideBySide([
      kremlin(ev('k1', 'AGREE', ['RUS', 'USA']), ev('k1', 'AGREE', ['USA', 'RUS'])),
      { document: 'k2', source: 'kremlin.ru', events: [ev('k2', 'AGREE', ['RUS', 'USA'])] },
      whiteHouse(ev('w1', 'AGREE', ['USA', 'RUS'])),
    ]);
    expect(s.rows).toHaveLength(1);
    expect(s.rows[0].cells[0]!.events.map((e) => e.document)).toEqual(['k1', 'k1', 'k2']);
  });

  it('prefers the exact parties when several claims could match', () => {
    const s = sideBySide([
      kremlin(ev('k1', 'THREATEN', ['USA']), ev('k1', 'THREATEN', ['USA'], ['RUS'])),
      whiteHouse(ev('w1', 'THREATEN', ['USA'], ['RUS'])),
    ]);
    expect(summary(s)).toEqual(['agree THREATEN USA>RUS | THREATEN USA>RUS', 'only THREATEN USA> | —']);
  });

  it('puts agreements first, then disagreements, then what one side alone says', () => {
    const s = sideBySide([
      kremlin(ev('k1', 'SUPPORT', ['RUS']), ev('k1', 'REQUEST', ['RUS'], ['USA']), ev('k1', 'CONSULT', ['RUS', 'USA'])),
      whiteHouse(ev('w1', 'CONSULT', ['USA', 'RUS']), ev('w1', 'REQUEST', ['USA'], ['RUS']), ev('w1', 'SANCTION', ['USA'], ['RUS'])),
    ]);
    expect(s.rows.map((r) => `${r.kind} ${(r.cells[0] ?? r.cells[1])!.event}`)).toEqual(['agree CONSULT', 'disagree REQUEST', 'only SUPPORT', 'only SANCTION']);
  });

  it('aligns three sides in one table', () => {
    const s = sideBySide([
      kremlin(ev('k1', 'CONSULT', ['RUS', 'UKR'])),
      whiteHouse(ev('w1', 'SUPPORT', ['USA'], ['UKR'])),
      { document: 'u1', source: 'president.gov.ua', events: [ev('u1', 'CONSULT', ['UKR', 'RUS']), ev('u1', 'SUPPORT', ['USA'], ['UKR'])] },
    ]);
    expect(s.sides.map((side) => side.source)).toEqual(['kremlin.ru', 'president.gov.ua', 'whitehouse.gov']);
    expect(summary(s)).toEqual(['agree CONSULT RUS+UKR> | CONSULT RUS+UKR> | —', 'agree — | SUPPORT USA>UKR | SUPPORT USA>UKR']);
  });

  it('does not depend on the order of the reports or their events', () => {
    const k = [ev('k1', 'CONSULT', ['RUS', 'USA']), ev('k1', 'REQUEST', ['RUS'], ['USA']), ev('k1', 'AGREE', ['RUS', 'USA'])];
    const k2 = [ev('k2', 'THREATEN', ['USA'], ['RUS'])];
    const w = [ev('w1', 'REQUEST', ['USA'], ['RUS']), ev('w1', 'CONSULT', ['USA', 'RUS']), ev('w1', 'THREATEN', ['USA'], ['RUS'])];
    const members = [kremlin(...k), { document: 'k2', source: 'kremlin.ru', events: k2 }, whiteHouse(...w)];
    const reversed = [whiteHouse(...[...w].reverse()), { document: 'k2', source: 'kremlin.ru', events: k2 }, kremlin(...[...k].reverse())];
    expect(sideBySide(reversed)).toEqual(sideBySide(members));
  });
});
