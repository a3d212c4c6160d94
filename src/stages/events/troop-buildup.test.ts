import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const mobilized = (doc: ReturnType<typeof parsedDoc>) => codeEvents(doc, lexicon).events.filter((e) => e.event === 'MOBILIZE')
  .map((e) => `${e.actors.map((a) => a.code).join('+')}->${e.recipients.map((r) => r.code).join('+')}`);

// "Officials met in response to Russia 's military build - up on the border with Ukraine ."
const russia: ActorSpec = { sent: 0, tokens: [5, 6], id: 'rus', name: 'Russia', code: 'RUS' };
const ukraine: ActorSpec = { sent: 0, tokens: [15, 16], id: 'ukr', name: 'Ukraine', code: 'UKR' };
const buildUp = parsedDoc([`
  Officials official NOUN NNS 2 nsubj
  met meet VERB VBD 0 root
  in in ADP IN 4 case
  response response NOUN NN 2 obl
  to to ADP IN 11 case
  Russia Russia PROPN NNP 11 nmod:poss
  's 's PART POS 6 case
  military military ADJ JJ 11 amod
  build build NOUN NN 11 compound
  - - PUNCT HYPH 9 punct
  up up NOUN NN 4 nmod
  on on ADP IN 14 case
  the the DET DT 14 det
  border border NOUN NN 11 nmod
  with with ADP IN 16 case
  Ukraine Ukraine PROPN NNP 14 nmod
  . . PUNCT . 2 punct`], { actors: [russia, ukraine] });

/** "Kyiv warned of the concentration of Russian armed forces along the Ukrainian borders .", the "of" phrase `head` (`sector` its force's). */
const concentration = (head: string, lemma: string, sector?: string) => parsedDoc([`
  Kyiv Kyiv PROPN NNP 2 nsubj
  warned warn VERB VBD 0 root
  of of ADP IN 5 case
  the the DET DT 5 det
  concentration concentration NOUN NN 2 obl
  of of ADP IN 9 case
  Russian Russian ADJ JJ 9 amod
  armed armed ADJ JJ 9 amod
  ${head} ${lemma} NOUN NNS 5 nmod
  along along ADP IN 13 case
  the the DET DT 13 det
  Ukrainian Ukrainian ADJ JJ 13 amod
  borders border NOUN NNS 5 nmod
  . . PUNCT . 2 punct`], { actors: [
  { sent: 0, tokens: [0, 1], id: 'ukr-gov', name: 'Kyiv', code: 'UKR', sector: 'GOV' },
  { sent: 0, tokens: [6, 9], id: 'rus-forces', name: `Russian armed ${head}`, code: 'RUS', ...(sector ? { sector } : {}) },
] });

describe('forces built up near another country (troop-buildup.ts)', () => {
  it('issue-12: "Russia\'s military build-up on the border with Ukraine" (a hyphenated noun, the border\'s "with" phrase) is MOBILIZE RUS->UKR', () => {
    expect(mobilized(buildUp)).toEqual(['RUS->UKR']);
  });

  it('issue-12: "the concentration of Russian armed forces along the Ukrainian borders" is MOBILIZE RUS->UKR (the border\'s nationality)', () => {
    expect(mobilized(concentration('forces', 'force', 'MIL'))).toEqual(['RUS->UKR']);
  });

  it('a massing noun whose "of" phrase names no armed force ("the concentration of Russian armed firms") is no build-up', () => {
    expect(mobilized(concentration('firms', 'firm', 'BUS'))).toEqual([]);
  });
});
