import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';
import { buildTree } from './tree.js';

// A main verb the tagger read as an adjective of its object, in a sentence left with no verb (misread-verb.ts).
const lexicon = loadLexicon();
const isVerb = (lemma: string) => lemma in lexicon.verbs;
const putin: ActorSpec[] = [
  { sent: 0, tokens: [0, 2], id: 'putin', name: 'Vladimir Putin', code: 'RUS', sector: 'GOV' },
  { sent: 0, tokens: [6, 7], id: 'isr', name: 'Israel', code: 'ISR' },
];
/** "Vladimir Putin extended greetings to the people of Israel", "extended" an adjective of "greetings", the root. */
const extended = (verbTag = 'ADJ JJ', tail = '. . PUNCT . 4 punct') => parsedDoc([[
  'Vladimir Vladimir PROPN NNP 4 nmod:poss',
  'Putin Putin PROPN NNP 1 flat',
  `extended extended ${verbTag} 4 amod`,
  'greetings greeting NOUN NNS 0 root',
  'to to ADP IN 6 case',
  'people people NOUN NNS 4 nmod',
  'Israel Israel PROPN NNP 6 nmod',
  tail,
].join('\n')], { actors: putin });

describe('a main verb misread as an adjective of its object', () => {
  it('becomes the root, with the opening phrase as its subject and the noun as its object', () => {
    const tree = buildTree(extended(), lexicon.forms, isVerb);
    expect(tree.pos[2].upos).toBe('VERB');
    expect(tree.lemmas[2]).toBe('extend');
    expect(tree.deps[2]).toEqual({ head: -1, deprel: 'root' });
    expect(tree.deps[3]).toEqual({ head: 2, deprel: 'obj' });
    expect(tree.deps[0]).toEqual({ head: 2, deprel: 'nsubj' });
    expect(tree.children[2]).toEqual([0, 3]);
  });

  it('codes the act ("extended greetings" is SUPPORT)', () => {
    const { events } = codeEvents(extended(), lexicon);
    expect(events.map((e) => [e.event, e.cameo])).toEqual([['SUPPORT', '051']]);
  });

  it('stays an adjective when the sentence has a finite verb of its own', () => {
    const doc = extended('ADJ JJ', 'were be AUX VBD 4 cop');
    expect(buildTree(doc, lexicon.forms, isVerb).pos[2].upos).toBe('ADJ');
  });

  it('is repaired when the parser made a relative clause after a comma the root ("…, which is being celebrated today")', () => {
    // "The heads of state exchanged congratulations on the anniversary, which is being celebrated today."
    const doc = parsedDoc([[
      'The the DET DT 2 det',
      'heads head NOUN NNS 13 nsubj:pass',
      'of of ADP IN 4 case',
      'state state NOUN NN 5 compound',
      'exchanged exchange VERB VBN 6 amod',
      'congratulations congratulation NOUN NNS 2 nmod',
      'on on ADP IN 8 case',
      'the the DET DT 8 det',
      'anniversary anniversary NOUN NN 2 nmod',
      ', , PUNCT , 13 punct',
      'which which PRON WDT 13 nsubj:pass',
      'is be AUX VBZ 13 aux:pass',
      'celebrated celebrate VERB VBN 0 root',
      'today today NOUN NN 13 obl:tmod',
    ].join('\n')]);
    const tree = buildTree(doc, lexicon.forms, isVerb);
    expect(tree.deps[4]).toEqual({ head: -1, deprel: 'root' });
    expect(tree.deps[5]).toEqual({ head: 4, deprel: 'obj' });
    expect(tree.deps[1]).toEqual({ head: 4, deprel: 'nsubj' });
    expect(tree.deps[12]).toEqual({ head: 5, deprel: 'acl:relcl' }); // the relative clause, no longer the root
  });

  it('stays an adjective when the finite verb after it opens no relative clause', () => {
    const doc = parsedDoc([[
      'The the DET DT 2 det',
      'heads head NOUN NNS 6 nsubj',
      'exchanged exchange VERB VBN 4 amod',
      'congratulations congratulation NOUN NNS 2 nmod',
      ', , PUNCT , 6 punct',
      'they they PRON PRP 6 nsubj',
      'said say VERB VBD 0 root',
    ].join('\n')]);
    expect(buildTree(doc, lexicon.forms, isVerb).deps[2]).toEqual({ head: 3, deprel: 'amod' });
  });

  it('is repaired when read as a reduced relative of the root noun, though it has an object ("The advisors shared their concerns and reaffirmed …")', () => {
    const doc = parsedDoc([[
      'The the DET DT 2 det',
      'advisors advisor NOUN NNS 0 root',
      'shared share VERB VBN 2 acl',
      'their their PRON PRP$ 5 nmod:poss',
      'concerns concern NOUN NNS 3 obj',
      'and and CCONJ CC 7 cc',
      'reaffirmed reaffirm VERB VBD 3 conj',
      'their their PRON PRP$ 9 nmod:poss',
      'commitment commitment NOUN NN 7 obj',
    ].join('\n')]);
    const tree = buildTree(doc, lexicon.forms, isVerb);
    expect(tree.deps[2]).toEqual({ head: -1, deprel: 'root' });
    expect(tree.deps[1]).toEqual({ head: 2, deprel: 'nsubj' });
    expect(tree.deps[4]).toEqual({ head: 2, deprel: 'obj' });
    expect(tree.deps[6]).toEqual({ head: 2, deprel: 'conj' });
  });

  it('takes a verb conjunct the parser hung on the root noun as its own ("advisors shared … and reaffirmed")', () => {
    const doc = parsedDoc([[
      'The the DET DT 2 det',
      'advisors advisor NOUN NNS 0 root',
      'shared share VERB VBN 2 acl',
      'concerns concern NOUN NNS 3 obj',
      'and and CCONJ CC 6 cc',
      'reaffirmed reaffirm VERB VBD 2 conj',
      'commitment commitment NOUN NN 6 obj',
    ].join('\n')]);
    const tree = buildTree(doc, lexicon.forms, isVerb);
    expect(tree.deps[2]).toEqual({ head: -1, deprel: 'root' });
    expect(tree.deps[1]).toEqual({ head: 2, deprel: 'nsubj' });
    expect(tree.deps[5]).toEqual({ head: 2, deprel: 'conj' });
  });

  it('stays a reduced relative without an object ("Soldiers killed in the attack")', () => {
    const doc = parsedDoc([['Soldiers soldier NOUN NNS 0 root', 'killed kill VERB VBN 1 acl', 'in in ADP IN 5 case', 'the the DET DT 5 det', 'attack attack NOUN NN 2 obl'].join('\n')]);
    expect(buildTree(doc, lexicon.forms, isVerb).deps[1]).toEqual({ head: 0, deprel: 'acl' });
  });

  it('stays a modifier after a determiner or possessive ("the occupied areas", "our shared values")', () => {
    const doc = parsedDoc([['Rape rape NOUN NN 0 root', 'in in ADP IN 5 case', 'the the DET DT 5 det', 'occupied occupy VERB VBN 5 amod', 'areas area NOUN NNS 1 nmod'].join('\n')]);
    expect(buildTree(doc, lexicon.forms, isVerb).pos[3].upos).toBe('VERB');
    expect(buildTree(doc, lexicon.forms, isVerb).deps[3]).toEqual({ head: 4, deprel: 'amod' });
  });

  it('stays a modifier when capitalised as part of a name ("Planned Parenthood")', () => {
    const doc = parsedDoc([['President President PROPN NNP 3 compound', 'Planned Planned ADJ JJ 3 amod', 'Parenthood Parenthood PROPN NNP 0 root'].join('\n')]);
    expect(buildTree(doc, lexicon.forms, isVerb).deps[1]).toEqual({ head: 2, deprel: 'amod' });
  });
});
