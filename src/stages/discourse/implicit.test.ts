import { describe, expect, it } from 'vitest';
import { parsedDoc } from '../../../test/support/parsed-doc.js';
import { languagePack } from '../../lang/pack.js';
import { reason } from '../../lang/reason.js';
import { loadLexicon } from '../events/lexicon.js';
import { buildTree } from '../events/tree.js';
import { agentlessClause, meetingParties, readoutActors, readoutCounterparts } from './implicit.js';

const en = languagePack('en');
const member = (code: string) => ({ start: 0, end: 1, tokens: [0, 1] as const, actorId: code, name: code, code, sector: 'GOV', reasons: [], why: 'test' });
const layer = { participants: { members: [member('RUS'), member('KAZ')], sent: 0, reason: reason('test') }, mentions: [] };

describe('readoutCounterparts', () => {
  it('directs one party\'s position with no recipient at the other party of the meeting', () => {
    const found = readoutCounterparts(layer, 2, 'SUPPORT', [{ code: 'RUS', sector: 'GOV' }]);
    expect(found?.recipients.map((m) => m.code)).toEqual(['KAZ']);
    expect(found?.reason.rule).toBe('discourse/counterpart-recipient');
  });

  it('leaves acts of both parties, of outsiders, before the meeting, and of other kinds alone', () => {
    expect(readoutCounterparts(layer, 2, 'AGREE', [{ code: 'RUS' }, { code: 'KAZ' }])).toBeUndefined();
    expect(readoutCounterparts(layer, 2, 'ACCUSE', [{ code: 'UKR' }])).toBeUndefined();
    expect(readoutCounterparts(layer, 2, 'ASSAULT', [{ code: 'RUS' }])).toBeUndefined();
    expect(readoutCounterparts({ ...layer, participants: { ...layer.participants, sent: 3 } }, 2, 'SUPPORT', [{ code: 'RUS' }])).toBeUndefined();
    expect(readoutCounterparts({ mentions: [] }, 2, 'SUPPORT', [{ code: 'RUS' }])).toBeUndefined();
  });
});

describe('meetingParties', () => {
  it('gives a consultation in the meeting\'s own sentence all its parties, and nothing elsewhere', () => {
    expect(meetingParties(layer, 0, 'CONSULT')?.parties.map((m) => m.code)).toEqual(['RUS', 'KAZ']);
    expect(meetingParties(layer, 1, 'CONSULT')).toBeUndefined();
    expect(meetingParties(layer, 0, 'AGREE')).toBeUndefined();
  });
});

describe('agentlessClause', () => {
  const lexicon = loadLexicon();
  /** The clause kind of the verb at sentence-local index `verb` of a hand-parsed sentence. */
  const clauseOf = (rows: string, verb: number, controlled = false, spoken = false) => agentlessClause(buildTree(parsedDoc([rows]), lexicon.forms), en, verb, controlled, spoken);

  it('finds the impersonal, subjectless and passive clauses of a readout', () => {
    expect(clauseOf(`
      It it PRON PRP 3 nsubj:pass
      was be AUX VBD 3 aux:pass
      decided decide VERB VBN 0 root
      to to PART TO 5 mark
      meet meet VERB VB 3 xcomp
      . . PUNCT . 3 punct`, 2)).toBe('subjectless');
    expect(clauseOf(`
      The the DET DT 2 det
      importance importance NOUN NN 4 nsubj:pass
      was be AUX VBD 4 aux:pass
      underlined underline VERB VBN 0 root
      . . PUNCT . 4 punct`, 3)).toBe('passive');
  });

  it('leaves clauses whose actor is named, controlled, a modifier or a quotation\'s alone', () => {
    const active = `
      Macron Macron PROPN NNP 2 nsubj
      welcomed welcome VERB VBD 0 root
      the the DET DT 4 det
      proposal proposal NOUN NN 2 obj
      . . PUNCT . 2 punct`;
    expect(clauseOf(active, 1)).toBeUndefined();
    expect(clauseOf(`
      Civilians civilian NOUN NNS 3 nsubj:pass
      were be AUX VBD 3 aux:pass
      shelled shell VERB VBN 0 root
      by by ADP IN 5 case
      militants militant NOUN NNS 3 obl:agent
      . . PUNCT . 3 punct`, 2)).toBeUndefined();
    expect(clauseOf(`
      They they PRON PRP 2 nsubj
      discussed discuss VERB VBD 0 root
      expanding expand VERB VBG 2 xcomp
      sanctions sanction NOUN NNS 3 obj
      . . PUNCT . 2 punct`, 2)).toBeUndefined();
    expect(clauseOf(`
      legally legally ADV RB 2 advmod
      binding bind VERB VBG 3 amod
      guarantees guarantee NOUN NNS 0 root
      . . PUNCT . 3 punct`, 1)).toBeUndefined();
    const passive = `
      Talks talk NOUN NNS 3 nsubj:pass
      were be AUX VBD 3 aux:pass
      proposed propose VERB VBN 0 root
      . . PUNCT . 3 punct`;
    expect(clauseOf(passive, 2)).toBe('passive');
    expect(clauseOf(passive, 2, true)).toBeUndefined();
    expect(clauseOf(passive, 2, false, true)).toBeUndefined();
  });

  it('finds no clause in words addressed to "you": a transcript\'s "Thank you" is speech, not narration', () => {
    expect(clauseOf(`
      Thank thank VERB VBP 0 root
      you you PRON PRP 1 obj
      very very ADV RB 4 advmod
      much much ADV RB 1 advmod
      . . PUNCT . 1 punct`, 0)).toBeUndefined();
    expect(clauseOf(`
      Thanked thank VERB VBD 0 root
      the the DET DT 3 det
      hosts host NOUN NNS 1 obj
      . . PUNCT . 1 punct`, 0)).toBe('subjectless');
  });

  it('finds no clause in a noun trigger nor in a verb coordinated with an infinitive', () => {
    const rows = `
      the the DET DT 2 det
      potential potential NOUN NN 0 root
      to to PART TO 4 mark
      address address VERB VB 2 acl
      concerns concern NOUN NNS 4 obj
      and and CCONJ CC 7 cc
      trade trade VERB VB 4 conj
      goods good NOUN NNS 7 obj
      . . PUNCT . 2 punct`;
    expect(clauseOf(rows, 6)).toBeUndefined();
    expect(clauseOf(`
      their their PRON PRP$ 3 nmod:poss
      trade trade NOUN NN 3 compound
      relationship relationship NOUN NN 0 root
      . . PUNCT . 3 punct`, 1)).toBeUndefined();
    // "a peaceful and integrated region": a participle coordinated with an attributive adjective.
    expect(clauseOf(`
      a a DET DT 4 det
      peaceful peaceful ADJ JJ 4 amod
      and and CCONJ CC 4 cc
      integrated integrate VERB VBN 2 conj
      region region NOUN NN 0 root
      . . PUNCT . 5 punct`, 3)).toBeUndefined();
    // A subjectless verb coordinated with a finite one is still a clause of the readout's.
    expect(clauseOf(`
      It it PRON PRP 3 nsubj:pass
      was be AUX VBD 3 aux:pass
      noted note VERB VBN 0 root
      and and CCONJ CC 5 cc
      agreed agree VERB VBN 3 conj
      . . PUNCT . 3 punct`, 4)).toBe('subjectless');
  });
});

describe('agentlessClause and past participles', () => {
  const lexicon = loadLexicon();
  const clauseOf = (rows: string, verb: number) => agentlessClause(buildTree(parsedDoc([rows]), lexicon.forms), en, verb, false, false);

  it('finds no clause in a participle without an auxiliary: an adjective or a preposition', () => {
    // "given the security challenges", "protected human rights".
    expect(clauseOf(`
      given give VERB VBN 3 case
      the the DET DT 3 det
      challenges challenge NOUN NNS 0 root
      . . PUNCT . 3 punct`, 0)).toBeUndefined();
    expect(clauseOf(`
      protected protect VERB VBN 3 amod
      human human ADJ JJ 3 amod
      rights right NOUN NNS 0 root
      . . PUNCT . 3 punct`, 0)).toBeUndefined();
    expect(clauseOf(`
      protected protect VERB VBN 0 root
      . . PUNCT . 1 punct`, 0)).toBeUndefined();
  });

  it('keeps a participle coordinated with a finite verb (a tagging slip for the past tense)', () => {
    expect(clauseOf(`
      Thanked thank VERB VBD 0 root
      and and CCONJ CC 3 cc
      welcomed welcome VERB VBN 1 conj
      . . PUNCT . 1 punct`, 2)).toBe('subjectless');
  });
});

describe('readoutActors', () => {
  it('speaks for the parties only in a side\'s own readout, never in a wire story', () => {
    expect(readoutActors(layer, 2, 'AGREE', 'subjectless')).toBeUndefined();
    const readout = { ...layer, publisher: { site: 'kremlin.ru', code: 'RUS', office: 'president' } };
    expect(readoutActors(readout, 2, 'AGREE', 'subjectless')?.actors.map((m) => m.code)).toEqual(['RUS', 'KAZ']);
  });
});
