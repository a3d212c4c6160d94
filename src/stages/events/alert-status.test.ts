import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const forces = (tokens: [number, number], sector: string): ActorSpec => ({ sent: 0, tokens, id: `bra-${sector}`, name: 'Brazil', code: 'BRA', sector });
const events = (rows: string, actors: ActorSpec[]) => codeEvents(parsedDoc([rows], { actors }), lexicon).events.map((e) => `${e.event} ${e.actors.map((a) => `${a.code}${a.sector ?? ''}`).join('+')}`);

describe('alert status', () => {
  it('codes forces on alert, or in a state of alert, as MOBILIZE by the forces', () => {
    expect(events(`
      marines marine NOUN NNS 4 nsubj
      were be AUX VBD 4 cop
      on on ADP IN 4 case
      alert alert NOUN NN 0 root
      . . PUNCT . 4 punct`, [forces([0, 1], 'MIL')])).toEqual(['MOBILIZE BRAMIL']);
    expect(events(`
      army army NOUN NN 5 nsubj
      is be AUX VBZ 5 cop
      in in ADP IN 5 case
      a a DET DT 5 det
      state state NOUN NN 0 root
      of of ADP IN 7 case
      alert alert NOUN NN 5 nmod
      . . PUNCT . 5 punct`, [forces([0, 1], 'MIL')])).toEqual(['MOBILIZE BRAMIL']);
  });

  it('reads the words lower-cased, as the tree gives them: "Marines were On Alert" is the same predicate', () => {
    expect(events(`
      Marines marine NOUN NNS 4 nsubj
      were be AUX VBD 4 cop
      On on ADP IN 4 case
      Alert alert NOUN NN 0 root
      . . PUNCT . 4 punct`, [forces([0, 1], 'MIL')])).toEqual(['MOBILIZE BRAMIL']);
  });

  it('codes nothing for an alert that is named, not held, or for teams that are no armed force', () => {
    expect(events(`
      alert alert NOUN NN 3 nsubj:pass
      was be AUX VBD 3 aux:pass
      lifted lift VERB VBN 0 root
      . . PUNCT . 3 punct`, [])).toEqual([]);
    expect(events(`
      teams team NOUN NNS 4 nsubj
      are be AUX VBP 4 cop
      on on ADP IN 4 case
      alert alert NOUN NN 0 root
      . . PUNCT . 4 punct`, [forces([0, 1], 'CVL')])).toEqual([]);
  });
});
