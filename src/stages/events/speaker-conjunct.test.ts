import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const sourrouille: ActorSpec = { sent: 0, tokens: [0, 1], id: 'sourrouille', name: 'Juan Sourrouille', code: 'ARG', sector: 'GOV', kind: 'person' };
const government: ActorSpec = { sent: 0, tokens: [17, 19], id: 'gov', name: 'government', code: 'ARG', sector: 'GOV', kind: 'org' };
/**
 * "Sourrouille said the interest of banks was holding up an accord and <verb> a quick decision from the government ."
 * as the pipeline parses it (dist/cli parse): the reported clause's subject read as the object of "said", the second
 * verb a conjunct of the reported clause's verb, neither with a subject.
 */
const story = (verb: [string, string], speech: [string, string] = ['said', 'say']) => parsedDoc([`
    Sourrouille Sourrouille PROPN NNP 2 nsubj
    ${speech[0]} ${speech[1]} VERB VBD 0 root
    the the DET DT 4 det
    interest interest NOUN NN 2 obj
    of of ADP IN 6 case
    banks bank NOUN NNS 4 nmod
    was be AUX VBD 8 aux
    holding hold VERB VBG 2 ccomp
    up up ADP RP 8 compound:prt
    an a DET DT 11 det
    accord accord NOUN NN 8 obj
    and and CCONJ CC 13 cc
    ${verb[0]} ${verb[1]} VERB VBD 8 conj
    a a DET DT 16 det
    quick quick ADJ JJ 16 amod
    decision decision NOUN NN 13 obj
    from from ADP IN 19 case
    the the DET DT 19 det
    government government NOUN NN 16 nmod
    . . PUNCT . 2 punct`], { actors: [sourrouille, government] });

describe('a spoken act coordinated with a reported clause that has no subject', () => {
  it('is the speaker\'s act ("said … was holding up an accord and urged a quick decision")', () => {
    const { events } = codeEvents(story(['urged', 'urge']), lexicon);
    const request = events.find((e) => e.event === 'REQUEST');
    expect(request?.actors.map((a) => a.name)).toEqual(['Juan Sourrouille']);
    expect(request?.reasons.some((r) => r.rule === 'roles/speaker-conjunct')).toBe(true);
  });

  it('is not when the governing verb is no verb of saying ("saw … and urged")', () => {
    const { events } = codeEvents(story(['urged', 'urge'], ['saw', 'see']), lexicon);
    expect(events.some((e) => e.reasons.some((r) => r.rule === 'roles/speaker-conjunct'))).toBe(false);
  });

  it('leaves an act not done by speaking to the reported clause ("and excluded …")', () => {
    const { events } = codeEvents(story(['excluded', 'exclude']), lexicon);
    expect(events.some((e) => e.reasons.some((r) => r.rule === 'roles/speaker-conjunct'))).toBe(false);
  });
});

describe('the reported clause\'s negator', () => {
  /** "Prentis said workers did not want to go on strike and called for talks with the government ." as parsed. */
  const doc = parsedDoc([`
    Prentis prenti NOUN NNS 2 nsubj
    said say VERB VBD 0 root
    workers worker NOUN NNS 2 ccomp
    did do AUX VBD 6 aux
    not not PART RB 6 advmod
    want want VERB VB 2 ccomp
    to to PART TO 8 mark
    go go VERB VB 6 xcomp
    on on ADP IN 10 case
    strike strike NOUN NN 8 obl
    and and CCONJ CC 12 cc
    called call VERB VBD 6 conj
    for for ADP IN 14 case
    talks talk NOUN NNS 12 obl
    with with ADP IN 17 case
    the the DET DT 17 det
    government government NOUN NN 14 nmod
    . . PUNCT . 2 punct`], { actors: [
    { sent: 0, tokens: [0, 1], id: 'prentis', name: 'Dave Prentis', code: 'GBR', sector: 'LAB', kind: 'person' },
    { sent: 0, tokens: [15, 17], id: 'gov', name: 'government', code: 'GBR', sector: 'GOV', kind: 'org' },
  ] });

  it('does not reach the speaker\'s own call ("did not want to go on strike and called for talks")', () => {
    const { events } = codeEvents(doc, lexicon);
    const called = events.filter((e) => e.trigger.tokens[0] === 11);
    // A negated call for talks would be REJECT: the speaker's call is not negated by "did not want".
    expect(called.map((e) => [e.event, e.negated, e.actors.map((a) => a.name)])).toEqual([['AGREE', false, ['Dave Prentis']]]);
  });
});

describe('a swallowed subject that names people or an agent', () => {
  /**
   * "Nigerian police said the kidnappers of the engineer were holding him in the mountains and demanded a ransom from
   * his company ." as the pipeline parses it (dist/cli parse): "kidnappers" the object of "said", "demanded" a conjunct
   * of "holding". The kidnappers demand the ransom, not the police (review a, session 51).
   */
  const doc = parsedDoc([`
    Nigerian Nigerian PROPN NNP 2 compound
    police police NOUN NNS 3 nsubj
    said say VERB VBD 0 root
    the the DET DT 5 det
    kidnappers kidnapper NOUN NNS 3 obj
    of of ADP IN 8 case
    the the DET DT 8 det
    engineer engineer NOUN NN 5 nmod
    were be AUX VBD 10 aux
    holding hold VERB VBG 3 ccomp
    him he PRON PRP 10 obj
    in in ADP IN 14 case
    the the DET DT 14 det
    mountains mountain NOUN NNS 10 obl
    and and CCONJ CC 16 cc
    demanded demand VERB VBD 10 conj
    a a DET DT 18 det
    ransom ransom NOUN NN 16 obj
    from from ADP IN 21 case
    his his PRON PRP$ 21 nmod:poss
    company company NOUN NN 18 nmod
    . . PUNCT . 3 punct`], { actors: [
    { sent: 0, tokens: [0, 2], id: 'police', name: 'Nigeria (COP)', code: 'NGA', sector: 'COP', kind: 'org' },
  ] });

  it('does the conjunct itself: the speaker does not ("said the kidnappers … were holding him … and demanded a ransom")', () => {
    const { events } = codeEvents(doc, lexicon);
    expect(events.filter((e) => e.reasons.some((r) => r.rule === 'roles/speaker-conjunct'))).toEqual([]);
    expect(events.filter((e) => e.actors.some((a) => a.name === 'Nigeria (COP)'))).toEqual([]);
  });
});
