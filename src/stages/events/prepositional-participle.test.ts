import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';
import { isPrepositionalParticiple } from './prepositional-participle.js';
import { buildTree } from './tree.js';

const lexicon = loadLexicon();

// "Ukraine discussed the situation given the concentration of Russian armed forces ." (the parse of training ua-president-71693's sentence).
const ukraine: ActorSpec = { sent: 0, tokens: [0, 1], id: 'ukr', name: 'Ukraine', code: 'UKR', sector: 'GOV' };
const russianForces: ActorSpec = { sent: 0, tokens: [8, 11], id: 'rus-mil', name: 'Russian armed forces', code: 'RUS', sector: 'MIL' };
const considering = parsedDoc([`
  Ukraine Ukraine PROPN NNP 2 nsubj
  discussed discuss VERB VBD 0 root
  the the DET DT 4 det
  situation situation NOUN NN 2 obj
  given give VERB VBN 4 acl
  the the DET DT 7 det
  concentration concentration NOUN NN 5 obj
  of of ADP IN 11 case
  Russian Russian ADJ JJ 11 amod
  armed armed ADJ JJ 11 amod
  forces force NOUN NNS 7 nmod
  . . PUNCT . 2 punct`], { actors: [ukraine, russianForces] });

// "U.S. banks given military aid ." : a reduced passive describing the party that received.
const usBanks: ActorSpec = { sent: 0, tokens: [0, 2], id: 'usa-bus', name: 'U.S. banks', code: 'USA', sector: 'BUS' };
const received = parsedDoc([`
  U.S. U.S. PROPN NNP 2 compound
  banks bank NOUN NNS 0 root
  given give VERB VBN 2 acl
  military military ADJ JJ 5 amod
  aid aid NOUN NN 3 obj
  . . PUNCT . 2 punct`], { actors: [usBanks] });

describe('a participle serving as a preposition (prepositional-participle.ts)', () => {
  it('issue-12: "the situation given the concentration of Russian armed forces" gives no military aid', () => {
    const { events, rejected } = codeEvents(considering, lexicon);
    expect(events.filter((e) => e.event === 'AID')).toEqual([]);
    expect(rejected.map((r) => r.ruleId)).toContain('events/prepositional-participle');
  });

  it('a participle describing a party ("U.S. banks given military aid") stays that party\'s receiving', () => {
    const { rejected } = codeEvents(received, lexicon);
    // Read as giving, it goes on to the later rules: with no giver it is no act between actors (events/no-aided).
    expect(rejected.map((r) => r.ruleId)).toEqual(['events/no-aided']);
  });

  it('"Ukraine, given candidate status, …" hung on the party stays its receiving; "Given candidate status, Ukraine …" hung on the clause is read as the preposition', () => {
    const onParty = parsedDoc([`
      Ukraine Ukraine PROPN NNP 8 nsubj
      , , PUNCT , 3 punct
      given give VERB VBN 1 acl
      candidate candidate NOUN NN 5 compound
      status status NOUN NN 3 obj
      , , PUNCT , 3 punct
      will will AUX MD 8 aux
      open open VERB VB 0 root
      talks talk NOUN NNS 8 obj
      . . PUNCT . 8 punct`], { actors: [ukraine] });
    const onClause = parsedDoc([`
      Given give VERB VBN 6 advcl
      candidate candidate NOUN NN 3 compound
      status status NOUN NN 1 obj
      , , PUNCT , 1 punct
      Ukraine Ukraine PROPN NNP 6 nsubj
      will will AUX MD 6 aux
      open open VERB VB 0 root
      talks talk NOUN NNS 6 obj
      . . PUNCT . 6 punct`], { actors: [{ ...ukraine, tokens: [4, 5] }] });
    // Ukraine is token 0 of the first sentence, token 4 of the second: a participle on it describes a party.
    expect(isPrepositionalParticiple(buildTree(onParty), 2, (t) => t === 0)).toBe(false);
    expect(isPrepositionalParticiple(buildTree(onClause), 0, (t) => t === 4)).toBe(true);
  });
});
