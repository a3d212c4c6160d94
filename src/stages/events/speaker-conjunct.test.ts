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
