import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import type { EventRescueModel, RescueCandidate } from './event-rescue.js';
import { loadLexicon } from './lexicon.js';
import { parseStanceTypes } from './statement-stance.js';

const lexicon = loadLexicon();
const country = (tokens: [number, number], code: string): ActorSpec => ({ sent: 0, tokens, id: code.toLowerCase(), name: code, code });
/** A rescue that keeps nothing, so that only the statement-content step can add an event. */
const noRescue: EventRescueModel = { bias: -10, weights: {}, threshold: 1.01 };
/** A hand-set statement-content model: "wasteful" in a content is a verdict (ACCUSE), nothing else is. */
const stance: EventRescueModel = { bias: -2, weights: { 'ACCUSE:w:wasteful': 4, 'ACCUSE:recipient:subject': 0.5, 'REJECT:w:wasteful': 1 }, threshold: 0.6 };

/** "Britain <negator?> said France 's plan was <adjective> ." */
const verdict = (adjective: string, negated = false) => parsedDoc([`
  Britain Britain PROPN NNP ${negated ? 4 : 2} nsubj
  ${negated ? 'did do AUX VBD 4 aux\n  not not PART RB 4 advmod\n  say say VERB VB 0 root' : 'said say VERB VBD 0 root'}
  France France PROPN NNP ${negated ? 7 : 5} nmod:poss
  's 's PART POS ${negated ? 5 : 3} case
  plan plan NOUN NN ${negated ? 9 : 7} nsubj
  was be AUX VBD ${negated ? 9 : 7} cop
  ${adjective} ${adjective} ADJ JJ ${negated ? 4 : 2} ccomp
  . . PUNCT . ${negated ? 4 : 2} punct`], { actors: [country([0, 1], 'GBR'), country(negated ? [4, 5] : [2, 3], 'FRA')] });

const coded = (doc: ReturnType<typeof parsedDoc>) => codeEvents(doc, lexicon, { model: noRescue, stance }).events
  .map((e) => `${e.event} ${e.actors.map((a) => a.code).join('+')}->${e.recipients.map((r) => r.code).join('+')}`);

describe('statement-content step', () => {
  it('codes a verdict on another side stated under a bare "said" as the type the model finds, speaker to the content\'s owner', () => {
    expect(coded(verdict('wasteful'))).toEqual(['ACCUSE GBR->FRA']);
  });

  it('names the model\'s estimate, its strongest features and the recipient\'s source in the why', () => {
    const event = codeEvents(verdict('wasteful'), lexicon, { model: noRescue, stance }).events[0];
    expect(event.why).toContain('0.92 chance, from ACCUSE:w:wasteful, ACCUSE:recipient:subject');
    expect(event.why).toContain('recipient subject');
  });

  it.each([
    ['a content the model scores below its threshold', verdict('ready')],
    ['a statement not made ("did not say")', verdict('wasteful', true)],
  ])('codes nothing for %s', (_, doc) => {
    expect(coded(doc)).toEqual([]);
  });

  it('collects one reading per type, with the same features on every run (deterministic)', () => {
    const collect = (): RescueCandidate[] => { const c: RescueCandidate[] = []; codeEvents(verdict('wasteful'), lexicon, { collect: c }); return c; };
    const first = collect();
    expect(first.map((r) => r.events[0].event)).toEqual(['ACCUSE', 'REJECT', 'SUPPORT', 'REQUEST', 'AGREE']);
    expect(first[0].features).toContain('ACCUSE:w:wasteful');
    expect(collect()).toEqual(first);
  });

  it('refuses a stance type whose CAMEO code is of another type, naming the file and line (E1600)', () => {
    expect(() => parseStanceTypes('# types\nACCUSE\t020\n', 'stance-types.tsv', lexicon.cameo)).toThrow(/E1600.*stance-types\.tsv: line 2: CAMEO 020 is not a ACCUSE code/);
  });
});
