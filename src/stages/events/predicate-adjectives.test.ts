import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { DyadError } from '../../core/errors.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';
import { parsePredicateAdjectives } from './predicate-adjectives.js';

const lexicon = loadLexicon();
const country = (tokens: [number, number], code: string): ActorSpec => ({ sent: 0, tokens, id: code.toLowerCase(), name: code, code });

describe('predicate adjectives (data/predicate-adjectives.tsv)', () => {
  it('reads the preposition, the CAMEO code and the nouns, none meaning any noun', () => {
    const table = parsePredicateAdjectives('# comment\nopen\tto\t036\tdialogue, talks\ncritical\tof\t111\t\n', 'test.tsv');
    expect(table.get('open')).toEqual([{ prep: 'to', code: '036', nouns: new Set(['dialogue', 'talks']) }]);
    expect(table.get('critical')).toEqual([{ prep: 'of', code: '111' }]);
  });

  it('keeps a row per preposition of one adjective, in file order', () => {
    const table = parsePredicateAdjectives('grateful\tto\t051\t\ngrateful\tfor\t051\t\n', 'test.tsv');
    expect(table.get('grateful')?.map((s) => s.prep)).toEqual(['to', 'for']);
  });

  it('reads `=actor` and `=owner` as what the phrase must name, not as nouns', () => {
    const table = parsePredicateAdjectives('grateful\tto\t051\t=actor\ngrateful\tfor\t051\t=owner\n', 'test.tsv');
    expect(table.get('grateful')).toEqual([{ prep: 'to', code: '051', actor: true }, { prep: 'for', code: '051', owner: true }]);
  });

  it('reads the fifth column as the PLOVER event the denial is, and refuses one that is no PLOVER event (E170)', () => {
    expect(parsePredicateAdjectives('pleased\twith\t051\t=owner\tACCUSE\n', 'test.tsv').get('pleased')).toEqual([{ prep: 'with', code: '051', owner: true, denied: 'ACCUSE' }]);
    expect(() => parsePredicateAdjectives('pleased\twith\t051\t=owner\tBLAME\n', 'test.tsv')).toThrow(/no PLOVER event/);
  });

  it('refuses a row without its preposition or with a code that is no CAMEO code (E170)', () => {
    expect(() => parsePredicateAdjectives('open\t\t036', 'test.tsv')).toThrow(DyadError);
    expect(() => parsePredicateAdjectives('open\tto\tAGREE', 'test.tsv')).toThrow(/line 1/);
  });

  // "Germany said it was satisfied with France's decision", "he has not been pleased with the U.S. administration's lack of speed".
  const judged = (negator: string[]) => parsedDoc([`
    Germany Germany PROPN NNP 2 nsubj
    said say VERB VBD 0 root
    it it PRON PRP ${5 + negator.length} nsubj
    was be AUX VBD ${5 + negator.length} cop
    ${negator.map((n) => `${n} not PART RB ${5 + negator.length} advmod`).join('\n')}
    satisfied satisfied ADJ JJ 2 ccomp
    with with ADP IN ${9 + negator.length} case
    France France PROPN NNP ${9 + negator.length} nmod:poss
    's 's PART POS ${7 + negator.length} case
    decision decision NOUN NN ${5 + negator.length} obl
    . . PUNCT . 2 punct`.replace(/\n\s*\n/, '\n')], { actors: [country([0, 1], 'DEU'), country([6 + negator.length, 7 + negator.length], 'FRA')] });
  const coded = (doc: ReturnType<typeof parsedDoc>) => codeEvents(doc, lexicon).events.filter((e) => !e.negated).map((e) => `${e.event} ${e.actors.map((a) => a.code).join('+')} -> ${e.recipients.map((r) => r.code).join('+')}`);

  it('codes being satisfied with an act an actor owns as praise of the owner, though the lexicon gives "satisfied" the lemma "satisfy"', () => {
    expect(coded(judged([]))).toEqual(['SUPPORT DEU -> FRA']);
  });

  it('codes its denial as disapproval of the owner ("was not satisfied with France\'s decision")', () => {
    expect(coded(judged(['not']))).toEqual(['ACCUSE DEU -> FRA']);
  });
});
