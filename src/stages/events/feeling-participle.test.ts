import { describe, expect, it } from 'vitest';
import { parsedDoc } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// Feeling participles (stative-participle.ts, rule-words `feeling-participle`; predicate-adjectives.tsv `=party`, #12).
const lexicon = loadLexicon();
const industry = { sent: 0, tokens: [1, 2] as const, id: 'ind', name: 'industry', code: 'AUS', sector: 'BUS' };
const government = { sent: 0, tokens: [6, 8] as const, id: 'gov', name: 'Australian government', code: 'AUS', sector: 'GOV' };
const japan = { sent: 0, tokens: [0, 1] as const, id: 'jpn', name: 'Japan', code: 'JPN' };
const ec = { sent: 0, tokens: [4, 5] as const, id: 'ec', name: 'EC', code: 'IGOEU' };
const summary = (doc: ReturnType<typeof parsedDoc>) => codeEvents(doc, lexicon).events
  .map((e) => `${e.event} ${e.actors.map((a) => `${a.code}${a.sector ?? ''}`).join('+')}->${e.recipients.map((r) => `${r.code}${r.sector ?? ''}`).join('+')}`);

describe('feeling participles (stative-participle.ts)', () => {
  it('issue-12: "the industry was disappointed by the government\'s position" is the industry\'s ACCUSE of the government, not the reverse', () => {
    const doc = parsedDoc([`
      the the DET DT 2 det
      industry industry NOUN NN 4 nsubj:pass
      was be AUX VBD 4 aux:pass
      disappointed disappoint VERB VBN 0 root
      by by ADP IN 10 case
      the the DET DT 8 det
      Australian Australian ADJ JJ 8 amod
      government government NOUN NN 10 nmod:poss
      's 's PART POS 8 case
      position position NOUN NN 4 obl
      . . PUNCT . 4 punct`], { actors: [industry, government] });
    expect(summary(doc)).toEqual(['ACCUSE AUSBUS->AUSGOV']);
  });

  it('issue-12: a cause that is an actor itself ("disappointed at the EC") is the one disapproved of', () => {
    const doc = parsedDoc([`
      Japan Japan PROPN NNP 3 nsubj:pass
      is be AUX VBZ 3 aux:pass
      disappointed disappoint VERB VBN 0 root
      at at ADP IN 5 case
      EC EC PROPN NNP 3 obl
      . . PUNCT . 3 punct`], { actors: [japan, ec] });
    expect(summary(doc)).toEqual(['ACCUSE JPN->IGOEU']);
  });
});
