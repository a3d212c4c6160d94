import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const japarov: ActorSpec = { sent: 0, tokens: [0, 1], id: 'japarov', name: 'Sadyr Japarov', code: 'KGZ', sector: 'GOV' };
const kiev: ActorSpec = { sent: 0, tokens: [3, 4], id: 'kiev', name: 'Kyiv', code: 'UKR', sector: 'GOV' };

/** "Japarov said that Kiev was [not] responsible for <harm> the agreements ." as the parser hangs it. */
const said = (harm: string, upos: 'VERB' | 'NOUN', negated = false) => {
  const n = negated ? 1 : 0;
  return parsedDoc([[
    'Japarov Japarov PROPN NNP 2 nsubj', 'said say VERB VBD 0 root', `that that SCONJ IN ${6 + n} mark`,
    `Kiev Kiev PROPN NNP ${6 + n} nsubj`, `was be AUX VBD ${6 + n} cop`, ...(negated ? ['not not PART RB 7 advmod'] : []),
    `responsible responsible ADJ JJ 2 ccomp`, `for for ${upos === 'VERB' ? 'SCONJ' : 'ADP'} IN ${8 + n} ${upos === 'VERB' ? 'mark' : 'case'}`,
    `${harm} ${harm} ${upos} ${upos === 'VERB' ? 'VBG' : 'NN'} ${6 + n} ${upos === 'VERB' ? 'advcl' : 'obl'}`, '. . PUNCT . 2 punct',
  ].join('\n')], { actors: [japarov, kiev] });
};
const summary = (doc: ReturnType<typeof parsedDoc>) => codeEvents(doc, lexicon).events.map((e) => `${e.event} ${e.mode ?? ''} ${e.actors.map((a) => a.code).join('+')}->${e.recipients.map((r) => r.code).join('+')}`);

describe('blame stated as its bearer\'s predicate (blame-predicates.ts)', () => {
  it.each([['derailing', 'VERB'], ['delay', 'NOUN']] as const)('"responsible for %s" is the teller\'s ACCUSE of the subject', (harm, upos) => {
    expect(summary(said(harm, upos))).toEqual(['ACCUSE allege KGZ->UKR']);
  });

  it('codes nothing for a duty ("responsible for procurement") or a denied blame ("was not responsible")', () => {
    expect(summary(said('procurement', 'NOUN'))).toEqual([]);
    expect(summary(said('delay', 'NOUN', true))).toEqual([]);
  });
});

describe('blame stated as a cause (blame-predicates.ts)', () => {
  /** "Tehran said Saddam was [not] the main cause of <harm> ." as the parser hangs it. */
  const cause = (harm: string, negated = false) => {
    const n = negated ? 1 : 0;
    return parsedDoc([[
      'Tehran Tehran PROPN NNP 2 nsubj', 'said say VERB VBD 0 root', `Saddam Saddam PROPN NNP ${7 + n} nsubj`, `was be AUX VBD ${7 + n} cop`,
      ...(negated ? [`not not PART RB ${8} advmod`] : []), `the the DET DT ${7 + n} det`, `main main ADJ JJ ${7 + n} amod`, 'cause cause NOUN NN 2 ccomp',
      `of of ADP IN ${9 + n} case`, `${harm} ${harm} NOUN NN ${7 + n} nmod`, '. . PUNCT . 2 punct',
    ].join('\n')], { actors: [{ sent: 0, tokens: [0, 1], id: 'tehran', name: 'Tehran', code: 'IRN', sector: 'GOV' }, { sent: 0, tokens: [2, 3], id: 'saddam', name: 'Saddam Hussein', code: 'IRQ', sector: 'GOV' }] });
  };

  it('reads "X was the main cause of <a harm>" as the teller\'s ACCUSE allege of X', () => {
    expect(summary(cause('tension'))).toEqual(['ACCUSE allege IRN->IRQ']);
  });

  it('codes nothing for the cause of what is no harm, nor for a denied cause', () => {
    expect(summary(cause('growth'))).toEqual([]);
    expect(summary(cause('tension', true))).toEqual([]);
  });
});
