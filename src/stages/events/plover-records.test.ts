import { describe, expect, it } from 'vitest';
import { parsedDoc } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { explainDocument } from './explain.js';
import { loadLexicon } from './lexicon.js';
import { ploverRecords } from './plover-records.js';

function coded() {
  const doc = parsedDoc([`
    Putin Putin PROPN NNP 2 nsubj
    called call VERB VBD 0 root
    for for ADP IN 4 case
    talks talk NOUN NNS 2 obl
    with with ADP IN 6 case
    Kiev Kiev PROPN NNP 4 nmod
    . . PUNCT . 2 punct`, `
    Fighting fighting NOUN NN 2 nsubj
    erupted erupt VERB VBD 0 root
    . . PUNCT . 2 punct`], {
    actors: [{ sent: 0, tokens: [0, 1], id: 'putin', name: 'Vladimir Putin', code: 'RUS', sector: 'GOV' }, { sent: 0, tokens: [5, 6], id: 'ukr', name: 'Ukraine', code: 'UKR' }],
    meta: { sourceId: 'wire-7', date: '2020-06-26' },
  });
  return { ...doc, layers: { ...doc.layers, events: codeEvents(doc, loadLexicon()) } };
}

describe('ploverRecords', () => {
  it('writes one PLOVER record per event with the fields users rely on', () => {
    const [record] = ploverRecords(coded());
    expect(record).toMatchObject({
      id: 'wire-7-1', doc_id: 'wire-7', date: '2020-06-26', event: 'AGREE', mode: null, cameo: '036',
      actor: [{ code: 'RUS', sector: 'GOV', name: 'Vladimir Putin' }], recipient: [{ code: 'UKR', sector: null }],
      quad_code: 1, negated: false, hypothetical: false, future: false, historical: false, event_loc: null, event_text: 'called',
    });
    expect(record.text_info.sentence).toBe(0);
    expect(record.evidence).toContain('called for talks');
    // The most specific CAMEO pattern wins: "call for talks" is an intent to meet, not a bare appeal.
    expect(record.why).toMatch(/pattern "\* \(FOR TALKS\)"/);
  });
});

describe('explainDocument', () => {
  it('shows each sentence with its events and the rejected triggers with their reasons', () => {
    const text = explainDocument(coded());
    expect(text).toMatch(/\[0\] Putin called for talks/);
    expect(text).toMatch(/event: AGREE Vladimir Putin \[RUSGOV\] → Ukraine \[UKR\]/);
    expect(text).toMatch(/rejected "Fighting".*no actor/);
  });

  it('marks negated, hypothetical and historical events as not counted, and shows a future one as counted with its flag', () => {
    const doc = coded();
    const withFlags = (flags: object) => {
      const events = doc.layers.events;
      return explainDocument({ ...doc, layers: { ...doc.layers, events: { ...events, events: events.events.map((e) => ({ ...e, ...flags })) } } });
    };
    expect(withFlags({ future: true })).toMatch(/ event: AGREE .*\[future\]/);
    for (const flag of ['negated', 'hypothetical', 'historical']) expect(withFlags({ [flag]: true })).toMatch(new RegExp(`not counted: AGREE .*\\[${flag}\\]`));
  });
});
