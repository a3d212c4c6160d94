import { describe, expect, it } from 'vitest';
import { codedEvent } from '../../../test/support/test-events.js';
import { parsedDoc } from '../../../test/support/parsed-doc.js';
import { reason } from '../../lang/reason.js';
import { loadLexicon } from './lexicon.js';
import { buildTree } from './tree.js';
import type { CodedEvent, EventParticipant } from './types.js';
import { futureThreat, isAnnouncedProtest, isAnnouncedVeto, isOngoing, threatenedParty } from './threats.js';
import { codeEvents } from './code-events.js';

const text = 'Iraq said its warplanes hit two ships. Iran said: We will definitely retaliate.';
const iran: EventParticipant = { start: 39, end: 43, tokens: [8, 9], actorId: 'irn', name: 'Iran', code: 'IRN' };
const threat = (sent: number, token: number): Pick<CodedEvent, 'actors' | 'sent' | 'trigger'> => ({ actors: [iran], sent, trigger: { start: 0, end: 1, tokens: [token, token + 1] } });
const at = (event: CodedEvent, sent: number): CodedEvent => ({ ...event, sent });

describe('futureThreat', () => {
  it.each([['ASSAULT', 'violence'], ['MOBILIZE', 'violence'], ['COERCE', undefined]] as const)('makes a future %s a THREATEN (mode %s)', (event, mode) => {
    const found = futureThreat(event);
    expect(found?.event).toBe('THREATEN');
    expect(found?.mode).toBe(mode);
  });

  it.each(['AGREE', 'THREATEN', 'ACCUSE', 'SANCTION'] as const)('leaves a future %s alone', (event) => {
    expect(futureThreat(event)).toBeUndefined();
  });

  it('issue-12: makes a strike or demonstration announced for later a THREATEN restrict, whose target is not sought abroad', () => {
    // "members of the union will demonstrate Monday at Dart Group Corp's headquarters"
    const found = futureThreat('PROTEST');
    expect(found).toMatchObject({ event: 'THREATEN', mode: 'restrict' });
    expect(isAnnouncedProtest([found!.reason])).toBe(true);
    expect(isAnnouncedProtest([futureThreat('ASSAULT')!.reason])).toBe(false);
    expect(isAnnouncedProtest([reason('events/cameo', { trigger: 'strike', code: '143', label: 'Strike' })])).toBe(false);
  });

  it('issue-12: leaves a protest that goes on alone ("the strike will continue over the weekend")', () => {
    expect(futureThreat('PROTEST', true)).toBeUndefined();
    expect(futureThreat('ASSAULT', true)?.event).toBe('THREATEN');
  });
});

describe('isOngoing', () => {
  const forms = loadLexicon().forms;
  it.each([
    ['"the strike will continue"', `
      strike strike NOUN NN 3 nsubj
      will will AUX MD 3 aux
      continue continue VERB VB 0 root`, 2, true],
    ['"they decided to remain on strike": the infinitive of a verb of continuing', `
      they they PRON PRP 2 nsubj
      decided decide VERB VBD 0 root
      to to PART TO 4 mark
      remain remain VERB VB 2 xcomp`, 3, true],
    ['"workers will continue to strike": the verb under one', `
      workers worker NOUN NNS 3 nsubj
      will will AUX MD 3 aux
      continue continue VERB VB 0 root
      to to PART TO 5 mark
      strike strike VERB VB 3 xcomp`, 4, true],
    ['"workers will strike on Monday"', `
      workers worker NOUN NNS 3 nsubj
      will will AUX MD 3 aux
      strike strike VERB VB 0 root`, 2, false],
  ])('%s', (_text, rows, verb, ongoing) => {
    expect(isOngoing(buildTree(parsedDoc([rows]), forms), verb)).toBe(ongoing);
  });
});

describe('threatenedParty', () => {
  const usa: EventParticipant = { start: 0, end: 4, tokens: [0, 1], actorId: 'usa', name: 'Washington', code: 'USA' };
  const ownSide: EventParticipant = { ...iran, actorId: 'irn-2', name: 'Tehran' };

  it('takes the nearest actor of another country in the sentence', () => {
    const far: EventParticipant = { ...usa, tokens: [1, 2], actorId: 'jpn', name: 'Japan', code: 'JPN' };
    const near: EventParticipant = { ...usa, tokens: [12, 13] };
    expect(threatenedParty(threat(1, 10), [ownSide, far, near], [])?.recipients).toEqual([near]);
  });

  it('takes the other side of the actor\'s nearest conflict in the article', () => {
    const accused = at(codedEvent(text, { event: 'ACCUSE', trigger: 'hit', actor: { words: 'Iran', id: 'irn', code: 'IRN' }, recipient: { words: 'Iraq', id: 'irq', code: 'IRQ' } }), 0);
    const met = at(codedEvent(text, { event: 'CONSULT', trigger: 'hit', actor: { words: 'Iran', id: 'irn', code: 'IRN' }, recipient: { words: 'its', id: 'omn', code: 'OMN' } }), 1);
    expect(threatenedParty(threat(1, 10), [ownSide], [met, accused])?.recipients.map((p) => p.code)).toEqual(['IRQ']);
  });

  it('falls back to the actor of the article\'s use of force', () => {
    const raid = at(codedEvent(text, { event: 'ASSAULT', trigger: 'hit', actor: { words: 'Iraq', id: 'irq', code: 'IRQ' } }), 0);
    const found = threatenedParty(threat(1, 10), [], [raid]);
    expect(found?.recipients.map((p) => p.code)).toEqual(['IRQ']);
    expect(found?.reason.rule).toBe('events/threatened-aggressor');
  });

  it('finds no one when the article names no other side', () => {
    expect(threatenedParty(threat(1, 10), [ownSide], [])).toBeUndefined();
  });
});

// Session 42, ev-wire (#12): "President Reagan said he would veto any tax increases" (training wire gold: THREATEN).
describe('issue-12: an announced veto', () => {
  it('makes a future REJECT whose verb or noun is "veto" a THREATEN, not sought abroad', () => {
    const found = futureThreat('REJECT', false, ['veto']);
    expect(found?.event).toBe('THREATEN');
    expect(isAnnouncedVeto([found!.reason])).toBe(true);
    expect(isAnnouncedProtest([found!.reason])).toBe(false);
    expect(futureThreat('REJECT', false, ['use', 'veto'])?.event).toBe('THREATEN');
  });

  it('leaves a future rejection of another word alone ("will reject the plan")', () => {
    expect(futureThreat('REJECT', false, ['reject'])).toBeUndefined();
  });
});

// Session 42 review of ev-wire: only a rejection announced is a threat by its word; a veto threatens the party whose
// measure it would stop, named in its own clause, of whichever country.
describe('issue-12: whom an announced veto threatens', () => {
  it('leaves an announced act of another type whose noun is "veto" alone ("will lift its veto")', () => {
    expect(futureThreat('AGREE', false, ['lift', 'veto'])).toBeUndefined();
  });

  const lexicon = loadLexicon();
  const actor = (tokens: [number, number], id: string, code: string, sector?: string) => ({ sent: 0, tokens, id, name: id, code, ...(sector ? { sector } : {}) });
  it.each([
    // "President Biden said he would veto the bill if Congress passed it." (the parser's tree: the "if" clause hangs
    // off "bill", where no recipient was sought)
    ['the bill if Congress passed it', `
      President President PROPN NNP 2 nmod:desc
      Biden Biden PROPN NNP 3 nsubj
      said say VERB VBD 0 root
      he he PRON PRP 6 nsubj
      would would AUX MD 6 aux
      veto veto VERB VB 3 ccomp
      the the DET DT 8 det
      bill bill NOUN NN 6 obj
      if if SCONJ IN 11 mark
      Congress Congress PROPN NNP 11 nsubj
      passed pass VERB VBD 8 acl
      it it PRON PRP 11 obj
      . . PUNCT . 3 punct`, [actor([0, 2], 'biden', 'USA', 'GOV'), actor([3, 4], 'biden', 'USA', 'GOV'), actor([9, 10], 'congress', 'USA', 'LEG')], 'congress'],
    // "The Kremlin said Russia would veto any Security Council resolution."
    ['any Security Council resolution', `
      The the DET DT 2 det
      Kremlin Kremlin PROPN NNP 3 nsubj
      said say VERB VBD 0 root
      Russia Russia PROPN NNP 6 nsubj
      would would AUX MD 6 aux
      veto veto VERB VB 3 ccomp
      any any DET DT 10 det
      Security Security PROPN NNP 9 compound
      Council Council PROPN NNP 10 compound
      resolution resolution NOUN NN 6 obj
      . . PUNCT . 3 punct`, [actor([0, 2], 'kremlin', 'RUS', 'GOV'), actor([3, 4], 'russia', 'RUS'), actor([7, 9], 'unsc', 'IGO', 'UNO')], 'unsc'],
  ] as const)('threatens the party named in "would veto %s"', (_what, rows, actors, recipient) => {
    const threats = codeEvents(parsedDoc([rows], { actors }), lexicon).events.filter((e) => e.event === 'THREATEN');
    expect(threats.map((e) => e.recipients.map((r) => r.actorId))).toEqual([[recipient]]);
  });
});
