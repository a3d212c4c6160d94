import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { packOf } from '../../lang/pack.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';
import { repairMisreadPresent } from './misread-present.js';
import { buildTree } from './tree.js';

// A present-tense verb the tagger read as a plural noun after a singular noun (misread-present.ts).
const lexicon = loadLexicon();
const isVerb = (lemma: string) => lemma in lexicon.verbs;

/** "A Foreign Ministry official said Japan urges price realism in commodity pacts." as the tagger and parser read it. */
const urges = (word = 'urges', actors: ActorSpec[] = [{ sent: 0, tokens: [5, 6], id: 'jpn', name: 'Japan', code: 'JPN' }]) => parsedDoc([[
  'A a DET DT 4 det',
  'Foreign Foreign ADJ NNP 3 amod',
  'Ministry Ministry PROPN NNP 4 compound',
  'official official NOUN NN 5 nsubj',
  'said say VERB VBD 0 root',
  'Japan Japan PROPN NNP 9 compound',
  `${word} ${word.replace(/s$/, '')} NOUN NNS 8 compound`,
  'price price NOUN NN 9 compound',
  'realism realism NOUN NN 5 obj',
  'in in ADP IN 12 case',
  'commodity commodity NOUN NN 12 compound',
  'pacts pact NOUN NNS 9 nmod',
  '. . PUNCT . 5 punct',
].join('\n')], { actors });

/** "Ukraine calls on the people's deputies to support the bills.", "on" hung on "people", "deputies" the noun's object. */
const callsOn = () => parsedDoc([[
  'Ukraine Ukraine PROPN NNP 2 compound',
  'calls call NOUN NNS 0 root',
  'on on ADP IN 5 case',
  'the the DET DT 5 det',
  'people people NOUN NNS 7 nmod:poss',
  "'s 's PART POS 5 case",
  'deputies deputy NOUN NNS 2 obj',
  'to to PART TO 9 mark',
  'support support VERB VB 2 acl',
  'the the DET DT 11 det',
  'bills bill NOUN NNS 9 obj',
  '. . PUNCT . 2 punct',
].join('\n')], { actors: [{ sent: 0, tokens: [0, 1], id: 'ukr', name: 'Ukraine', code: 'UKR' }, { sent: 0, tokens: [6, 7], id: 'leg', name: 'deputies', code: 'CAN', sector: 'LEG' }] });

const repaired = (doc: ReturnType<typeof urges>) => repairMisreadPresent(buildTree(doc, lexicon.forms, isVerb), doc.text,
  (t) => doc.layers.actors.some((a) => a.tokens[0] <= t && t < a.tokens[1]), packOf(doc).speechVerbs);

describe('a present-tense verb misread as a plural noun', () => {
  it('becomes the clause\'s verb, with the actor before it as its subject and the noun phrase after it as its object', () => {
    const tree = repaired(urges());
    expect(tree.pos[6]).toMatchObject({ upos: 'VERB', xpos: 'VBZ' });
    expect(tree.lemmas[6]).toBe('urge');
    expect(tree.deps[6]).toEqual({ head: 4, deprel: 'ccomp' });
    expect(tree.deps[5]).toEqual({ head: 6, deprel: 'nsubj' });
    expect(tree.deps[8]).toEqual({ head: 6, deprel: 'obj' });
  });

  it('codes the act ("said Japan urges price realism" is a REQUEST by Japan)', () => {
    const { events } = codeEvents(urges(), lexicon);
    expect(events.map((e) => [e.event, e.actors.map((a) => a.code)])).toEqual([['REQUEST', ['JPN']]]);
  });

  it('takes a preposition the parser hung inside the phrase after it as its first argument\'s ("calls on the people\'s deputies")', () => {
    const tree = repaired(callsOn());
    expect(tree.deps[1]).toEqual({ head: -1, deprel: 'root' });
    expect(tree.deps[6]).toEqual({ head: 1, deprel: 'obl' });
    expect(tree.deps[2]).toEqual({ head: 6, deprel: 'case' });
    expect(tree.deps[8]).toEqual({ head: 1, deprel: 'xcomp' });
    const { events } = codeEvents(callsOn(), lexicon);
    expect(events.map((e) => [e.event, e.actors.map((a) => a.code), e.recipients.map((a) => a.code)])).toEqual([['REQUEST', ['UKR'], ['CAN']]]);
  });

  it.each([
    ['a noun phrase that names no actor ("retirement plans")', urges('urges', [])],
    ['a word no verb of the list makes ("planes" is not "plans")', urges('planes')],
  ])('stays a noun after %s', (_, doc) => {
    expect(repaired(doc).pos[6].upos).toBe('NOUN');
  });

  it('stays a noun when a finite verb of its own clause follows ("Union demands for higher pay were rejected")', () => {
    const doc = parsedDoc([[
      'Union union NOUN NN 2 compound',
      'demands demand NOUN NNS 6 nsubj:pass',
      'for for ADP IN 4 case',
      'pay pay NOUN NN 2 nmod',
      'were be AUX VBD 6 aux:pass',
      'rejected reject VERB VBN 0 root',
    ].join('\n')], { actors: [{ sent: 0, tokens: [0, 1], id: 'union', name: 'Union', code: 'DEU', sector: 'LAB' }] });
    expect(repaired(doc).pos[1].upos).toBe('NOUN');
  });

  it('stays a noun when its marker is not one the verb takes ("The EC plans on transport")', () => {
    const doc = parsedDoc([[
      'The the DET DT 2 det',
      'EC EC PROPN NNP 3 compound',
      'plans plan NOUN NNS 0 root',
      'on on ADP IN 5 case',
      'transport transport NOUN NN 3 nmod',
    ].join('\n')], { actors: [{ sent: 0, tokens: [1, 2], id: 'eu', name: 'EC', code: 'IGO', sector: 'EEC' }] });
    expect(repaired(doc).pos[2].upos).toBe('NOUN');
  });
});
