import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { parseFailureNouns } from './failure-nouns.js';
import { loadLexicon } from './lexicon.js';

// A side's failure named in another side's speech (failure-nouns.ts, speech-content.ts, #12).
const lexicon = loadLexicon();
const actor = (tokens: [number, number], code: string, name = code, sector?: string): ActorSpec => ({ sent: 0, tokens, id: name.toLowerCase(), name, code, ...(sector ? { sector } : {}) });
const summary = (doc: ReturnType<typeof parsedDoc>) => codeEvents(doc, lexicon).events
  .map((e) => `${e.event} ${e.actors.map((a) => `${a.code}${a.sector ?? ''}`).join('+')}->${e.recipients.map((r) => `${r.code}${r.sector ?? ''}`).join('+')}`);

/** "Advani said <owner> 's <noun> [to act] hurt prices ." */
const told = (owner: string, code: string, noun: string, infinitive: boolean, sector = 'GOV') => {
  const verb = infinitive ? 8 : 6;
  const rows = [
    'Advani Advani PROPN NNP 2 nsubj', 'said say VERB VBD 0 root', `${owner} ${owner} PROPN NNP 5 nmod:poss`, "'s 's PART POS 3 case",
    `${noun} ${noun} NOUN NN ${verb} nsubj`, ...(infinitive ? ['to to PART TO 7 mark', 'act act VERB VB 5 acl'] : []),
    `hurt hurt VERB VBD 2 ccomp`, 'prices price NOUN NNS ' + verb + ' obj', '. . PUNCT . 2 punct',
  ].join('\n');
  return parsedDoc([rows], { actors: [actor([0, 1], 'IND', 'Lal Krishna Advani', 'OPP'), actor([2, 3], code, owner, sector)] });
};

describe('failures named in speech (failure-nouns.ts)', () => {
  it('reads "said Gandhi\'s failure to act hurt prices" as the speaker\'s ACCUSE of the owner', () => {
    expect(summary(told('Gandhi', 'IND', 'failure', true)).filter((e) => e.startsWith('ACCUSE'))).toEqual(['ACCUSE INDOPP->INDGOV']);
    expect(codeEvents(told('Gandhi', 'IND', 'failure', true), lexicon).events.find((e) => e.event === 'ACCUSE')?.reasons[0].rule).toBe('events/content-failure');
  });

  it('needs the infinitive for "failure" ("Japan\'s failure hurt prices" tells how things went), not for "reluctance"', () => {
    expect(summary(told('Japan', 'JPN', 'failure', false)).filter((e) => e.startsWith('ACCUSE'))).toEqual([]);
    expect(summary(told('Japan', 'JPN', 'reluctance', false)).filter((e) => e.startsWith('ACCUSE'))).toEqual(['ACCUSE INDOPP->JPNGOV']);
  });

  it('blames no one of the speaker\'s own side', () => {
    expect(summary(told('Advani', 'IND', 'failure', true, 'OPP')).filter((e) => e.startsWith('ACCUSE'))).toEqual([]);
  });

  it('refuses a malformed data row (E170)', () => {
    expect(() => parseFailureNouns('failure\tsometimes\n', 'x.tsv')).toThrow(/expected/);
    expect(() => parseFailureNouns('failure\tany\nfailure\tany\n', 'x.tsv')).toThrow(/listed twice/);
  });
});
