import { describe, expect, it } from 'vitest';
import { parsedDoc } from '../../../test/support/parsed-doc.js';
import { isJointTopic } from './joint-topic.js';
import { buildTree } from './tree.js';
import type { EventParticipant } from './types.js';

/** Whether the one-token party at document token `at` of the parsed sentence is the topic of a joint agreement. */
function topicAt(rows: string, at: number): boolean {
  const party: EventParticipant = { start: 0, end: 1, tokens: [at, at + 1], actorId: 'x', name: 'x', code: 'X' };
  return isJointTopic(buildTree(parsedDoc([rows])), party);
}

// "The parties agreed on the priorities of cooperation in the context of NATO."
const context = `
  The the DET DT 2 det
  parties party NOUN NNS 3 nsubj
  agreed agree VERB VBD 0 root
  on on ADP IN 6 case
  the the DET DT 6 det
  priorities priority NOUN NNS 3 obl
  of of ADP IN 8 case
  cooperation cooperation NOUN NN 6 nmod
  in in ADP IN 11 case
  the the DET DT 11 det
  context context NOUN NN 8 nmod
  of of ADP IN 13 case
  NATO NATO PROPN NNP 11 nmod
  . . PUNCT . 3 punct`;

// "Norway and Egypt agreed to help OPEC and Mexico." (the parser's reading, `dyad parse`)
const help = `
  Norway Norway PROPN NNP 4 nsubj
  and and CCONJ CC 3 cc
  Egypt Egypt PROPN NNP 1 conj
  agreed agree VERB VBD 0 root
  to to PART TO 6 mark
  help help VERB VB 4 xcomp
  OPEC OPEC PROPN NNP 6 obj
  and and CCONJ CC 9 cc
  Mexico Mexico PROPN NNP 7 conj
  . . PUNCT . 4 punct`;

describe('isJointTopic', () => {
  it('reads a party named only inside a noun of what the sides agreed on as its topic', () => {
    expect(topicAt(context, 12)).toBe(true);
  });

  it('keeps the agreed act\'s own object, and the later members of its list, as recipients', () => {
    expect([topicAt(help, 6), topicAt(help, 8)]).toEqual([false, false]);
  });
});
