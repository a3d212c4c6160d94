import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const actor = (tokens: [number, number], code: string): ActorSpec => ({ sent: 0, tokens, id: `${code}${tokens[0]}`, name: code, code, sector: 'GOV' });
const codes = (ps: readonly { code?: string }[]) => ps.map((p) => p.code);

/** "Pakistan complained to Nations that planes from Afghanistan attacked villages ." with the clause a `ccomp`. */
const complainedThat = () => parsedDoc([`
  Pakistan Pakistan PROPN NNP 2 nsubj
  complained complain VERB VBD 0 root
  to to ADP IN 4 case
  Nations Nations PROPN NNPS 2 obl
  that that SCONJ IN 9 mark
  planes plane NOUN NNS 9 nsubj
  from from ADP IN 8 case
  Afghanistan Afghanistan PROPN NNP 6 nmod
  attacked attack VERB VBD 2 ccomp
  villages village NOUN NNS 9 obj
  . . PUNCT . 2 punct`], { actors: [actor([0, 1], 'PAK'), { ...actor([3, 4], 'UNO'), kind: 'org' }, actor([7, 8], 'AFG')] });

/** The same words as the parser misread them: the clause hung on "today" ("that" a pronoun, "planes" its object). */
const complainedMisparsed = () => parsedDoc([`
  Pakistan Pakistan PROPN NNP 2 nsubj
  complained complain VERB VBD 0 root
  to to ADP IN 4 case
  Nations Nations PROPN NNPS 2 obl
  today today NOUN NN 2 obl:unmarked
  that that PRON WDT 7 nsubj
  planes plane NOUN NNS 5 obj
  from from ADP IN 9 case
  Afghanistan Afghanistan PROPN NNP 7 nmod
  attacked attack VERB VBN 7 acl
  villages village NOUN NNS 10 obj
  . . PUNCT . 2 punct`], { actors: [actor([0, 1], 'PAK'), { ...actor([3, 4], 'UNO'), kind: 'org' }, actor([8, 9], 'AFG')] });

/** "Indonesia protested to Community about its plan ." */
const protestedPlan = () => parsedDoc([`
  Indonesia Indonesia PROPN NNP 2 nsubj
  protested protest VERB VBD 0 root
  to to ADP IN 4 case
  Community Community PROPN NNP 2 obl
  about about ADP IN 7 case
  its its PRON PRP$ 7 nmod:poss
  plan plan NOUN NN 2 obl
  . . PUNCT . 2 punct`], { actors: [actor([0, 1], 'IDN'), { ...actor([3, 4], 'IGOEUR'), kind: 'org' }] });

/** "States charged that Iran violated treaty ." */
const chargedThat = () => parsedDoc([`
  States State PROPN NNPS 2 nsubj
  charged charge VERB VBD 0 root
  that that SCONJ IN 5 mark
  Iran Iran PROPN NNP 5 nsubj
  violated violate VERB VBD 2 ccomp
  treaty treaty NOUN NN 5 obj
  . . PUNCT . 2 punct`], { actors: [actor([0, 1], 'USA'), actor([3, 4], 'IRN')] });

/** "France alleged that a Soviet test blew debris ." (no actor named in the clause, only a nationality adjective) */
const allegedNationality = () => parsedDoc([`
  France France PROPN NNP 2 nsubj
  alleged allege VERB VBD 0 root
  that that SCONJ IN 7 mark
  a a DET DT 6 det
  Soviet Soviet ADJ JJ 6 amod
  test test NOUN NN 7 nsubj
  blew blow VERB VBD 2 ccomp
  debris debris NOUN NN 7 obj
  . . PUNCT . 2 punct`], { actors: [actor([0, 1], 'FRA')] });

/** "Makers complained they were injured by Japan 's practices ." (a passive clause: its doer in the "by" phrase) */
const complainedPassive = () => parsedDoc([`
  Makers maker NOUN NNS 2 nsubj
  complained complain VERB VBD 0 root
  they they PRON PRP 5 nsubj:pass
  were be AUX VBD 5 aux:pass
  injured injure VERB VBN 2 ccomp
  by by ADP IN 9 case
  Japan Japan PROPN NNP 9 nmod:poss
  's 's PART POS 7 case
  practices practice NOUN NNS 5 obl
  . . PUNCT . 2 punct`], { actors: [actor([0, 1], 'USA'), actor([6, 7], 'JPN')] });

/** "Japan charged a tariff on beef that American ranchers called unfair ." (a relative clause on the object, as parsed) */
const chargedTariff = () => parsedDoc([`
  Japan Japan PROPN NNP 2 nsubj
  charged charge VERB VBD 0 root
  a a DET DT 4 det
  tariff tariff NOUN NN 2 obj
  on on ADP IN 6 case
  beef beef NOUN NN 4 nmod
  that that PRON WDT 10 obj
  American American ADJ JJ 9 amod
  ranchers rancher NOUN NNS 10 nsubj
  called call VERB VBN 6 acl:relcl
  unfair unfair NOUN NN 10 xcomp
  . . PUNCT . 2 punct`], { actors: [actor([0, 1], 'JPN'), { ...actor([7, 9], 'USA'), sector: 'AGR' }] });

/** "The Soviet Union charged Western firms prices that Japanese traders could not match ." (as parsed) */
const chargedPrices = () => parsedDoc([`
  The the DET DT 3 det
  Soviet Soviet PROPN NNP 3 compound
  Union Union PROPN NNP 4 nsubj
  charged charge VERB VBD 0 root
  Western western ADJ JJ 6 amod
  firms firm NOUN NNS 7 compound
  prices price NOUN NNS 4 obj
  that that PRON WDT 13 obj
  Japanese Japanese ADJ JJ 10 amod
  traders trader NOUN NNS 13 nsubj
  could could AUX MD 13 aux
  not not PART RB 13 advmod
  match match VERB VB 7 acl:relcl
  . . PUNCT . 4 punct`], { actors: [actor([0, 3], 'SUN'), { ...actor([8, 10], 'JPN'), sector: 'BUS' }] });

describe('codeEvents, complaints whose clause names the wrongdoer', () => {
  it.each([
    ['a clausal complement', complainedThat],
    ['the words after "that" when the parser lost the clause', complainedMisparsed],
  ])('accuses the actor the clause blames, not the body complained to (%s)', (_shape, doc) => {
    const event = codeEvents(doc(), lexicon).events.find((e) => e.event === 'ACCUSE');
    expect(codes(event?.actors ?? [])).toEqual(['PAK']);
    expect(codes(event?.recipients ?? [])).toEqual(['AFG']);
    expect(event?.reasons.some((r) => r.rule === 'events/complained-party')).toBe(true);
  });

  it.each([
    ['a charge whose clause names the doer', chargedThat, ['USA'], ['IRN']],
    ['an allegation whose clause says the doer by a nationality adjective', allegedNationality, ['FRA'], ['SUN']],
    ['a complaint whose passive clause names the doer with "by"', complainedPassive, ['USA'], ['JPN']],
  ])('accuses the party of the clause: %s', (_shape, doc, actors, recipients) => {
    const event = codeEvents(doc(), lexicon).events.find((e) => e.event === 'ACCUSE');
    expect(codes(event?.actors ?? [])).toEqual(actors);
    expect(codes(event?.recipients ?? [])).toEqual(recipients);
    expect(event?.reasons.some((r) => r.rule === 'events/complained-party')).toBe(true);
  });

  it.each([
    ['a tariff', chargedTariff],
    ['prices', chargedPrices],
  ])('reads no charge\'s content in a relative clause on the object of "charged" (%s)', (_object, doc) => {
    const events = codeEvents(doc(), lexicon).events;
    expect(events.flatMap((e) => codes(e.recipients))).toEqual([]);
    expect(events.some((e) => e.reasons.some((r) => r.rule === 'events/complained-party'))).toBe(false);
  });

  it('codes a state\'s protest about a plan as ACCUSE of its owner, not a rejected plan', () => {
    const events = codeEvents(protestedPlan(), lexicon).events;
    expect(events.map((e) => [e.event, codes(e.actors), codes(e.recipients)])).toEqual([['ACCUSE', ['IDN'], ['IGOEUR']]]);
  });
});
