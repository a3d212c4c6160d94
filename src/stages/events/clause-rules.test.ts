import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const russia: ActorSpec = { sent: 0, tokens: [0, 2], id: 'rus-mil', name: 'Russian troops', code: 'RUS', sector: 'MIL' };
const ukraine: ActorSpec = { sent: 0, tokens: [4, 5], id: 'ukr', name: 'Ukraine', code: 'UKR' };
const summary = (doc: ReturnType<typeof parsedDoc>) => codeEvents(doc, lexicon).events
  .map((e) => `${e.event} ${e.actors.map((a) => `${a.code}${a.sector ?? ''}`).join('+')}->${e.recipients.map((r) => r.code).join('+')}`);

/** "Russian troops <head> shelling Ukraine .", the gerund the `xcomp` of `head` (a verb of phase, or not). */
const shelling = (head: string, lemma: string) => parsedDoc([`
  Russian Russian ADJ JJ 2 amod
  troops troop NOUN NNS 3 nsubj
  ${head} ${lemma} VERB VBD 0 root
  shelling shell VERB VBG 3 xcomp
  Ukraine Ukraine PROPN NNP 4 obj
  . . PUNCT . 3 punct`], { actors: [russia, ukraine] });

describe('a gerund completing a verb of phase (clause-rules.ts)', () => {
  it.each([['continued', 'continue'], ['began', 'begin'], ['resumed', 'resume']])(
    'issue-12: "Russian troops %s shelling Ukraine" is the troops\' act, as "continued to shell" is', (head, lemma) => {
      expect(summary(shelling(head, lemma))).toEqual(['ASSAULT RUSMIL->UKR']);
    },
  );

  it('a gerund under a verb that passes on no act ("discussed shelling Ukraine") stays its content, turned down', () => {
    const { events, rejected } = codeEvents(shelling('discussed', 'discuss'), lexicon);
    expect(events.filter((e) => e.event === 'ASSAULT')).toEqual([]);
    expect(rejected.filter((r) => r.event === 'ASSAULT').map((r) => r.ruleId)).toEqual(['events/infinitive']);
  });
});
