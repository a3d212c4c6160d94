import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const putin = (sent: number, tokens: [number, number]): ActorSpec => ({ sent, tokens, id: 'putin', name: 'Vladimir Putin', code: 'RUS', sector: 'GOV', kind: 'person' });
const LABELLED = `
  Vladimir Vladimir PROPN NNP 0 root
  Putin Putin PROPN NNP 1 flat
  : : PUNCT : 5 punct
  Mr Mr PROPN NNP 5 compound
  Lukashenko Lukashenko PROPN NNP 1 parataxis
  , , PUNCT , 7 punct
  Thank thank VERB VBP 1 parataxis
  you you PRON PRP 7 obj
  for for SCONJ IN 10 mark
  staying stay VERB VBG 7 advcl
  . . PUNCT . 1 punct`;
const LATER = `
  Thank thank VERB VBP 0 root
  you you PRON PRP 1 obj
  again again ADV RB 1 advmod
  for for ADP IN 6 case
  your your PRON PRP$ 6 nmod:poss
  invitation invitation NOUN NN 1 obl
  . . PUNCT . 1 punct`;
const BARE = `
  Thank thank VERB VBP 0 root
  you you PRON PRP 1 obj
  . . PUNCT . 1 punct`;

/** The article's meeting (the discourse layer's), whose other party a turn's thanks go to. */
function withMeeting<D extends ReturnType<typeof parsedDoc>>(doc: D): D {
  const members = doc.layers.actors.slice(0, 2);
  const participants = { members, sent: 0, reason: { rule: 'discourse/meeting', fields: {} } };
  Object.assign(doc.layers, { discourse: { publisher: { site: 'kremlin.ru', code: 'RUS', office: 'president' }, participants, mentions: [] } });
  return doc;
}
const lukashenko: ActorSpec = { sent: 0, tokens: [3, 5], id: 'lukashenko', code: 'BLR', sector: 'GOV', kind: 'person' };

describe('transcript turns: thanks with no subject are the turn speaker\'s', () => {
  it('gives the label\'s person the thanks in its own sentence and in later ones of the turn', () => {
    const events = codeEvents(withMeeting(parsedDoc([LABELLED, LATER], { actors: [putin(0, [0, 2]), lukashenko] })), lexicon).events;
    const later = events.filter((e) => e.sent === 1);
    expect(later.map((e) => [e.event, e.actors.map((a) => a.code).join(), e.recipients.map((a) => a.code).join()])).toEqual([['SUPPORT', 'RUS', 'BLR']]);
    expect(later[0].reasons.map((r) => r.rule)).toContain('roles/turn-speaker');
  });

  it('codes no act from a bare "Thank you." closing a turn, nor from thanks to no one known', () => {
    const bare = withMeeting(parsedDoc([LABELLED, BARE], { actors: [putin(0, [0, 2]), lukashenko] }));
    expect(codeEvents(bare, lexicon).events.filter((e) => e.sent === 1)).toEqual([]);
    const noMeeting = codeEvents(parsedDoc([LABELLED, LATER], { actors: [putin(0, [0, 2])] }), lexicon);
    expect(noMeeting.events).toEqual([]);
    expect(noMeeting.rejected.map((r) => r.ruleId)).toContain('events/no-addressee');
  });

  it('opens no turn with a colon after a mention that is no person, or inside a sentence', () => {
    const country = parsedDoc([LABELLED, LATER], { actors: [{ sent: 0, tokens: [0, 2], id: 'rus', code: 'RUS', kind: 'country' }] });
    expect(codeEvents(country, lexicon).rejected.map((r) => r.ruleId)).not.toContain('events/no-addressee');
    const inside = parsedDoc([`
      He He PRON PRP 2 nsubj
      told tell VERB VBD 0 root
      Vladimir Vladimir PROPN NNP 2 obj
      Putin Putin PROPN NNP 3 flat
      : : PUNCT : 2 punct
      . . PUNCT . 2 punct`, LATER], { actors: [putin(0, [2, 4])] });
    expect(codeEvents(inside, lexicon).rejected.filter((r) => r.sent === 1).map((r) => r.ruleId)).toEqual(['events/no-actor']);
  });
});

describe('transcript turns: a present "we" is the turn speaker\'s side, not the site\'s', () => {
  const WE_SUPPORT = `
    We we PRON PRP 2 nsubj
    support support VERB VBP 0 root
    your your PRON PRP$ 4 nmod:poss
    position position NOUN NN 2 obj
    on on ADP IN 6 case
    Belarus Belarus PROPN NNP 4 nmod
    . . PUNCT . 2 punct`;
  const belarus: ActorSpec = { sent: 1, tokens: [5, 6], id: 'blr', name: 'Belarus', code: 'BLR', kind: 'country' };

  it('gives the labelled speaker the act', () => {
    const doc = withMeeting(parsedDoc([LABELLED, WE_SUPPORT], { actors: [putin(0, [0, 2]), lukashenko, belarus] }));
    const support = codeEvents(doc, lexicon).events.find((e) => e.sent === 1);
    expect(support?.actors.map((a) => a.code)).toEqual(['RUS']);
    expect(support?.reasons.map((r) => r.rule)).toContain('events/present-we');
  });

  it('gives no one the act in the turn of a speaker the actors stage did not code', () => {
    const doc = withMeeting(parsedDoc([LABELLED, WE_SUPPORT], { actors: [{ ...putin(0, [0, 2]), code: undefined }, lukashenko, belarus] }));
    expect(codeEvents(doc, lexicon).events.filter((e) => e.sent === 1)).toEqual([]);
  });
});

describe('transcript turns: labels with a note or a country of several words', () => {
  it('reads "Milorad Dodik (retranslated):" as a label of its person', () => {
    const doc = withMeeting(parsedDoc([`
      Milorad Milorad PROPN NNP 0 root
      Dodik Dodik PROPN NNP 1 flat
      ( ( PUNCT -LRB- 4 punct
      retranslated retranslate VERB VBN 1 acl
      ) ) PUNCT -RRB- 4 punct
      : : PUNCT : 8 punct
      Mr Mr PROPN NNP 8 compound
      Putin Putin PROPN NNP 1 parataxis
      , , PUNCT , 10 punct
      Thank thank VERB VBP 1 parataxis
      you you PRON PRP 10 obj
      for for SCONJ IN 13 mark
      staying stay VERB VBG 10 advcl
      . . PUNCT . 1 punct`], {
      actors: [{ sent: 0, tokens: [0, 2], id: 'dodik', name: 'Milorad Dodik', code: 'BIH', sector: 'GOV', kind: 'person' }, putin(0, [6, 8])],
    }));
    const thanks = codeEvents(doc, lexicon).events.find((e) => e.event === 'SUPPORT');
    expect([thanks?.actors.map((a) => a.code).join(), thanks?.recipients.map((a) => a.code).join()]).toEqual(['BIH', 'RUS']);
  });
});
