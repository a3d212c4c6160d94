import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
/** "The Commission spoke . It urged the states ." with the first subject a body, a person or no actor. */
const story = (first: ActorSpec | undefined) => parsedDoc([`
    The the DET DT 2 det
    Commission Commission PROPN NNP 3 nsubj
    spoke speak VERB VBD 0 root
    . . PUNCT . 3 punct`, `
    It it PRON PRP 2 nsubj
    urged urge VERB VBD 0 root
    the the DET DT 4 det
    states state NOUN NNS 2 obj
    . . PUNCT . 2 punct`], { actors: first ? [first] : [] });

describe('opening "It"', () => {
  it('makes a sentence-opening "It" the previous sentence\'s subject when that is a coded body', () => {
    const { events } = codeEvents(story({ sent: 0, tokens: [1, 2], id: 'ec', name: 'European Commission', code: 'IGO', sector: 'EEC', kind: 'org' }), lexicon);
    const request = events.find((e) => e.event === 'REQUEST');
    expect(request?.actors.map((a) => a.name)).toEqual(['European Commission']);
    expect(request?.reasons.some((r) => r.rule === 'events/opening-it')).toBe(true);
  });

  const person: ActorSpec = { sent: 0, tokens: [1, 2], id: 'p', name: 'Commission', code: 'USA', sector: 'GOV', kind: 'person' };
  it.each([
    ['a person, whom "it" never names', person],
    ['no actor', undefined],
  ])('leaves "It" unresolved when the previous subject is %s', (_, first) => {
    const { events, rejected } = codeEvents(story(first), lexicon);
    expect(events.some((e) => e.event === 'REQUEST')).toBe(false);
    expect(rejected.some((r) => r.event === 'REQUEST' && r.ruleId === 'events/no-actor')).toBe(true);
  });
});

describe('a run of sentences opening with "It"', () => {
  /** "The Commission spoke . It added more . It urged the states ." with the Commission a coded body. */
  const run = (middle: string) => parsedDoc([`
    The the DET DT 2 det
    Commission Commission PROPN NNP 3 nsubj
    spoke speak VERB VBD 0 root
    . . PUNCT . 3 punct`, middle, `
    It it PRON PRP 2 nsubj
    urged urge VERB VBD 0 root
    the the DET DT 4 det
    states state NOUN NNS 2 obj
    . . PUNCT . 2 punct`], { actors: [{ sent: 0, tokens: [1, 2], id: 'ec', name: 'European Commission', code: 'IGO', sector: 'EEC', kind: 'org' }] });

  it('goes on naming the body the first "It" continued', () => {
    const { events } = codeEvents(run(`
    It it PRON PRP 2 nsubj
    added add VERB VBD 0 root
    more more ADJ JJR 2 obj
    . . PUNCT . 2 punct`), lexicon);
    const request = events.find((e) => e.event === 'REQUEST');
    expect(request?.actors.map((a) => a.name)).toEqual(['European Commission']);
    expect(request?.reasons.some((r) => r.rule === 'events/opening-it-run')).toBe(true);
  });

  it('stops at a sentence between with another subject', () => {
    const { events } = codeEvents(run(`
    Prices price NOUN NNS 2 nsubj
    rose rise VERB VBD 0 root
    . . PUNCT . 2 punct`), lexicon);
    expect(events.some((e) => e.event === 'REQUEST')).toBe(false);
  });

  it.each([
    ['a copula with a noun predicate ("It is a document")', `
    It it PRON PRP 4 nsubj
    is be AUX VBZ 4 cop
    a a DET DT 4 det
    document document NOUN NN 0 root
    . . PUNCT . 4 punct`],
    ['a weather verb ("It rained heavily")', `
    It it PRON PRP 2 nsubj
    rained rain VERB VBD 0 root
    heavily heavily ADV RB 2 advmod
    . . PUNCT . 2 punct`],
  ])('stops at an "It" that names no party: %s', (_, middle) => {
    const { events } = codeEvents(run(middle), lexicon);
    expect(events.some((e) => e.event === 'REQUEST')).toBe(false);
  });

  it('stops at an "It" that is not the sentence\'s subject ("It is likely that prices rose")', () => {
    const { events } = codeEvents(run(`
    It it PRON PRP 3 expl
    is be AUX VBZ 3 cop
    likely likely ADJ JJ 0 root
    . . PUNCT . 3 punct`), lexicon);
    expect(events.some((e) => e.event === 'REQUEST')).toBe(false);
  });
});
