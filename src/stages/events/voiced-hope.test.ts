import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const requests = (doc: ReturnType<typeof parsedDoc>) => codeEvents(doc, lexicon).events.filter((e) => e.event === 'REQUEST' && !e.hypothetical && !e.negated)
  .map((e) => `${e.actors.map((a) => a.code).join('+')}->${e.recipients.map((r) => r.code).join('+')}`);

const ukraine: ActorSpec = { sent: 0, tokens: [0, 1], id: 'ukr', name: 'Zelensky', code: 'UKR', sector: 'GOV' };

/** "Zelensky hopes that <asked> will support the decision ." ("hope" has no code of its own in the lexicon). */
const hopes = (asked: ActorSpec) => parsedDoc([`
  Zelensky Zelensky PROPN NNP 2 nsubj
  hopes hope VERB VBZ 0 root
  that that SCONJ IN 6 mark
  ${asked.name} ${asked.name} PROPN NNP 6 nsubj
  will will AUX MD 6 aux
  support support VERB VB 2 ccomp
  the the DET DT 8 det
  decision decision NOUN NN 6 obj
  . . PUNCT . 2 punct`], { actors: [ukraine, { ...asked, tokens: [3, 4] }] });

// "Zelensky expressed hope that Romania would support the goal .", parsed as the tagger often does: "hope" the verb,
// "expressed" its subject.
const misparsed = parsedDoc([`
  Zelensky Zelensky PROPN NNP 2 nsubj
  expressed express VERB VBD 3 nsubj
  hope hope VERB VBP 0 root
  that that SCONJ IN 7 mark
  Romania Romania PROPN NNP 7 nsubj
  would would AUX MD 7 aux
  support support VERB VB 3 ccomp
  the the DET DT 9 det
  goal goal NOUN NN 7 obj
  . . PUNCT . 3 punct`], { actors: [ukraine, { sent: 0, tokens: [4, 5], id: 'rou', name: 'Romania', code: 'ROU' }] });

describe('hopes voiced of another party (expectations.ts)', () => {
  it('issue-12: "Zelensky hopes that Germany will support the decision" asks Germany (REQUEST UKR->DEU)', () => {
    expect(requests(hopes({ sent: 0, tokens: [3, 4], id: 'deu', name: 'Germany', code: 'DEU' }))).toEqual(['UKR->DEU']);
  });

  it('a hope for one\'s own side\'s act asks no one ("Zelensky hopes that Ukraine will …")', () => {
    expect(requests(hopes({ sent: 0, tokens: [3, 4], id: 'ukr2', name: 'Ukraine', code: 'UKR' }))).toEqual([]);
  });

  it('issue-12: "Zelensky expressed hope that Romania would support the goal", misparsed with "expressed" as subject, asks Romania', () => {
    expect(requests(misparsed)).toEqual(['UKR->ROU']);
  });
});
