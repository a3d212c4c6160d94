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

/** "<Owner> 's build - up <rest> was reported ." with the possessor `owner` (a coded country) and `rest` rows after "up" (heads given). */
const possessed = (owner: ActorSpec, rest: string[]) => parsedDoc([`
  ${owner.name} ${owner.name} PROPN NNP 5 nmod:poss
  's 's PART POS 1 case
  build build NOUN NN 5 compound
  - - PUNCT HYPH 3 punct
  up up NOUN NN ${rest.length + 7} nsubj:pass
  ${rest.join('\n  ')}
  was be AUX VBD ${rest.length + 7} aux:pass
  reported report VERB VBN 0 root
  . . PUNCT . ${rest.length + 7} punct`], { actors: [owner] });
const britain: ActorSpec = { sent: 0, tokens: [0, 1], id: 'gbr', name: 'Britain', code: 'GBR' };
const china: ActorSpec = { sent: 0, tokens: [0, 1], id: 'chn', name: 'China', code: 'CHN' };

/** "The Chinese build - up of <thing> alarmed Manila ." (a nationality adjective names the doer). */
const chinese = (thing: string, lemma: string) => parsedDoc([`
  The the DET DT 5 det
  Chinese Chinese ADJ JJ 5 amod
  build build NOUN NN 5 compound
  - - PUNCT HYPH 3 punct
  up up NOUN NN 9 nsubj
  of of ADP IN 8 case
  artificial artificial ADJ JJ 8 amod
  ${thing} ${lemma} NOUN NNS 5 nmod
  alarmed alarm VERB VBD 0 root
  Manila Manila PROPN NNP 9 obj
  . . PUNCT . 9 punct`], { actors: [{ sent: 0, tokens: [9, 10], id: 'phl', name: 'Manila', code: 'PHL', sector: 'GOV' }] });

/** "The concentration of Russian troops on <border rows> worried Helsinki ." */
const ownBorder = (border: string[], actors: ActorSpec[]) => parsedDoc([`
  The the DET DT 2 det
  concentration concentration NOUN NN ${border.length + 7} nsubj
  of of ADP IN 5 case
  Russian Russian ADJ JJ 5 amod
  troops troop NOUN NNS 2 nmod
  on on ADP IN 9 case
  ${border.join('\n  ')}
  worried worry VERB VBD 0 root
  Helsinki Helsinki PROPN NNP ${border.length + 7} obj
  . . PUNCT . ${border.length + 7} punct`], { actors: [{ sent: 0, tokens: [3, 5], id: 'rus-mil', name: 'Russian troops', code: 'RUS', sector: 'MIL' }, ...actors] });

describe('a build-up that is no troop build-up, or faces its own side (troop-buildup.ts)', () => {
  it('"Britain\'s build-up to the Olympics" names no forces: no MOBILIZE', () => {
    expect(mobilized(possessed(britain, ['to to ADP IN 8 case', 'the the DET DT 8 det', 'Olympics Olympics PROPN NNPS 5 nmod']))).toEqual([]);
  });

  it('"China\'s build-up of gold reserves" names no forces: no MOBILIZE', () => {
    expect(mobilized(possessed(china, ['of of ADP IN 8 case', 'gold gold NOUN NN 8 compound', 'reserves reserve NOUN NNS 5 nmod']))).toEqual([]);
  });

  it('"China\'s build-up of troops" (a military "of" phrase) and "China\'s build-up on the border with Vietnam" are MOBILIZE', () => {
    expect(mobilized(possessed(china, ['of of ADP IN 7 case', 'troops troop NOUN NNS 5 nmod']))).toEqual(['CHN->']);
    const vietnam = parsedDoc([`
      China China PROPN NNP 5 nmod:poss
      's 's PART POS 1 case
      build build NOUN NN 5 compound
      - - PUNCT HYPH 3 punct
      up up NOUN NN 12 nsubj:pass
      on on ADP IN 8 case
      the the DET DT 8 det
      border border NOUN NN 5 nmod
      with with ADP IN 10 case
      Vietnam Vietnam PROPN NNP 8 nmod
      was be AUX VBD 12 aux:pass
      reported report VERB VBN 0 root
      . . PUNCT . 12 punct`], { actors: [china, { sent: 0, tokens: [9, 10], id: 'vnm', name: 'Vietnam', code: 'VNM' }] });
    expect(mobilized(vietnam)).toEqual(['CHN->VNM']);
  });

  it('"The Chinese build-up of artificial islands" names no forces; "of artificial troops" would', () => {
    expect(mobilized(chinese('islands', 'island'))).toEqual([]);
    expect(mobilized(chinese('troops', 'troop'))).toEqual(['CHN->']);
  });

  it('Russian troops on Russia\'s own border face no one of their own country; its "with" phrase names whom they face', () => {
    const russia: ActorSpec = { sent: 0, tokens: [6, 7], id: 'rus', name: 'Russia', code: 'RUS' };
    expect(mobilized(ownBorder(['Russia Russia PROPN NNP 9 nmod:poss', "'s 's PART POS 7 case", 'border border NOUN NN 5 nmod'], [russia]))).toEqual(['RUS->']);
    expect(mobilized(ownBorder(['the the DET DT 9 det', 'Russian Russian ADJ JJ 9 amod', 'border border NOUN NN 5 nmod'], []))).toEqual(['RUS->']);
    const finland: ActorSpec = { sent: 0, tokens: [10, 11], id: 'fin', name: 'Finland', code: 'FIN' };
    expect(mobilized(ownBorder(['Russia Russia PROPN NNP 9 nmod:poss', "'s 's PART POS 7 case", 'border border NOUN NN 5 nmod', 'with with ADP IN 11 case', 'Finland Finland PROPN NNP 9 nmod'], [russia, finland]))).toEqual(['RUS->FIN']);
  });
});

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
