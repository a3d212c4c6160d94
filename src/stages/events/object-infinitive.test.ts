import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const actor = (tokens: [number, number], code: string, sector?: string): ActorSpec => ({ sent: 0, tokens, id: `${code}${sector ?? ''}`.toLowerCase(), name: code, code, ...(sector ? { sector } : {}) });

/** "Biden underscored his commitment to continue …" with the infinitive hung on the verb (`advcl`), as the parser often does: `rows` from token 7. */
function recipients(rows: string, actors: ActorSpec[]): string[] {
  const doc = parsedDoc([`
    Biden Biden PROPN NNP 2 nsubj
    underscored underscore VERB VBD 0 root
    his his PRON PRP$ 4 nmod:poss
    commitment commitment NOUN NN 2 obj
    to to PART TO 6 mark
    continue continue VERB VB 2 advcl
    ${rows}
    . . PUNCT . 2 punct`], { actors: [actor([0, 1], 'USA', 'GOV'), ...actors] });
  return codeEvents(doc, lexicon).events.filter((e) => e.event === 'AGREE').map((e) => e.recipients.map((r) => r.code).join('+'));
}

describe('issue-12: an intent\'s infinitive hung on the verb still names whom the intent is for', () => {
  it('"his commitment to continue supporting Ukraine" is for Ukraine', () => {
    expect(recipients(`supporting support VERB VBG 6 xcomp
      Ukraine Ukraine PROPN NNP 7 obj`, [actor([7, 8], 'UKR')])).toEqual(['UKR']);
  });

  it('an infinitive that names a target is not ("to continue raising costs on Russia")', () => {
    expect(recipients(`raising raise VERB VBG 6 xcomp
      costs cost NOUN NNS 7 obj
      on on ADP IN 10 case
      Russia Russia PROPN NNP 7 obl`, [actor([9, 10], 'RUS')])).toEqual(['']);
  });
});
