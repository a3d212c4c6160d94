import { describe, expect, it } from 'vitest';
import { parsedDoc } from '../../../test/support/parsed-doc.js';
import { indexActors } from './participants.js';
import { ownerlessProposal, proposerBefore } from './proposer.js';
import { buildTree } from './tree.js';

const mention = (start: number, code: string, sector: string) => ({ start, end: start + 1, tokens: [start, start + 1] as const, actorId: code + sector, name: code, code, sector, reasons: [], why: 'test' });

const proposed = `
  Commission Commission PROPN NNP 2 nsubj
  proposed propose VERB VBD 0 root
  a a DET DT 4 det
  tax tax NOUN NN 2 obj
  . . PUNCT . 2 punct`;
const pending = `
  Nations nation NOUN NNS 2 nsubj
  opposed oppose VERB VBD 0 root
  legislation legislation NOUN NN 2 obj
  pending pend VERB VBG 3 acl
  in in ADP IN 6 case
  Congress Congress PROPN NNP 4 obl
  . . PUNCT . 2 punct`;
const opposed = `
  Germany Germany PROPN NNP 2 nsubj
  opposed oppose VERB VBD 0 root
  the the DET DT 4 det
  plan plan NOUN NN 2 obj
  . . PUNCT . 2 punct`;

describe('ownerlessProposal', () => {
  it('finds the proposal a verb opposes when no owner is named with it', () => {
    expect(ownerlessProposal(buildTree(parsedDoc([opposed])), 1)).toBe(3);
  });

  it('leaves a proposal with its owner, and objects that are no proposal, alone', () => {
    const owned = buildTree(parsedDoc([`
      Germany Germany PROPN NNP 2 nsubj
      opposed oppose VERB VBD 0 root
      Britain Britain PROPN NNP 4 nmod:poss
      plan plan NOUN NN 2 obj
      . . PUNCT . 2 punct`]));
    expect(ownerlessProposal(owned, 1)).toBeUndefined();
    expect(ownerlessProposal(buildTree(parsedDoc([proposed])), 1)).toBeUndefined();
  });
});

describe('proposerBefore', () => {
  it('gives the subject of the proposing verb the article named before', () => {
    const tree = buildTree(parsedDoc([proposed, opposed]));
    const actors = indexActors([mention(0, 'EUR', 'IGO'), mention(5, 'DEU', 'GOV')], tree.tokens.length);
    expect(proposerBefore(tree, actors, 6, [mention(5, 'DEU', 'GOV')])?.found.map((p) => p.code)).toEqual(['EUR']);
  });

  it('gives the legislature a bill is pending in, not another body named in its phrase', () => {
    const tree = buildTree(parsedDoc([pending, opposed]));
    const legislature = indexActors([mention(5, 'USA', 'LEG'), mention(7, 'DEU', 'GOV')], tree.tokens.length);
    expect(proposerBefore(tree, legislature, 8, [])?.found.map((p) => p.code)).toEqual(['USA']);
    const government = indexActors([mention(5, 'USA', 'GOV'), mention(7, 'DEU', 'GOV')], tree.tokens.length);
    expect(proposerBefore(tree, government, 8, [])).toBeUndefined();
  });

  it('never gives the opposers themselves', () => {
    const tree = buildTree(parsedDoc([proposed, opposed]));
    const actors = indexActors([mention(0, 'DEU', 'GOV'), mention(5, 'DEU', 'GOV')], tree.tokens.length);
    expect(proposerBefore(tree, actors, 6, [mention(5, 'DEU', 'GOV')])).toBeUndefined();
  });
});
