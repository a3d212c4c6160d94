import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';

const lexicon = loadLexicon();
const actor = (tokens: [number, number], code: string, sector: string): ActorSpec => ({ sent: 0, tokens, id: `${code}-${sector}`, name: code, code, sector });

/** "Talks between unions and employers produced no result ." */
const talks = () => parsedDoc([`
  Talks talk NOUN NNS 6 nsubj
  between between ADP IN 3 case
  unions union NOUN NNS 1 nmod
  and and CCONJ CC 5 cc
  employers employer NOUN NNS 3 conj
  produced produce VERB VBD 0 root
  no no DET DT 8 det
  result result NOUN NN 6 obj
  . . PUNCT . 6 punct`], { actors: [actor([2, 3], 'NLD', 'LAB'), actor([4, 5], 'NLD', 'BUS')] });

/** "Possible talks between unions and employers were discussed ." */
const possibleTalks = () => parsedDoc([`
  Possible possible ADJ JJ 2 amod
  talks talk NOUN NNS 8 nsubj:pass
  between between ADP IN 4 case
  unions union NOUN NNS 2 nmod
  and and CCONJ CC 6 cc
  employers employer NOUN NNS 4 conj
  were be AUX VBD 8 aux:pass
  mentioned mention VERB VBN 0 root
  . . PUNCT . 8 punct`], { actors: [actor([3, 4], 'NLD', 'LAB'), actor([5, 6], 'NLD', 'BUS')] });

describe('codeEvents, talks whose "between" phrase names their parties', () => {
  it('codes "Talks between unions and employers produced no result" as CONSULT of both sides', () => {
    const event = codeEvents(talks(), lexicon).events.find((e) => e.event === 'CONSULT');
    expect(event?.actors.map((a) => a.sector)).toEqual(['LAB', 'BUS']);
    expect(event?.recipients).toEqual([]);
    expect(event?.reasons.some((r) => r.rule === 'events/cameo' && (r.trigger as { rule: string }).rule === 'events/trigger-talks-between')).toBe(true);
  });

  it('leaves talks still to come alone ("Possible talks between …")', () => {
    expect(codeEvents(possibleTalks(), lexicon).events.filter((e) => e.event === 'CONSULT')).toEqual([]);
  });
});

/** "Putin assessed the talks between Russian and Ukrainian representatives ." (the parser reads "Russian" as a name) */
const nationalTalks = () => parsedDoc([`
  Putin Putin PROPN NNP 2 nsubj
  assessed assess VERB VBD 0 root
  the the DET DT 4 det
  talks talk NOUN NNS 2 obj
  between between ADP IN 6 case
  Russian Russian PROPN NNP 4 nmod
  and and CCONJ CC 9 cc
  Ukrainian ukrainian ADJ JJ 9 amod
  representatives representative NOUN NNS 6 conj
  . . PUNCT . 2 punct`], { actors: [actor([0, 1], 'RUS', 'GOV')] });

/** "Putin assessed the talks between Russian officials and their colleagues ." (one side named only) */
const oneSideTalks = () => parsedDoc([`
  Putin Putin PROPN NNP 2 nsubj
  assessed assess VERB VBD 0 root
  the the DET DT 4 det
  talks talk NOUN NNS 2 obj
  between between ADP IN 7 case
  Russian russian ADJ JJ 7 amod
  officials official NOUN NNS 4 nmod
  and and CCONJ CC 10 cc
  their their PRON PRP$ 10 nmod:poss
  colleagues colleague NOUN NNS 7 conj
  . . PUNCT . 2 punct`], { actors: [actor([0, 1], 'RUS', 'GOV')] });

describe('codeEvents, talks whose "between" phrase names its sides by nationality', () => {
  it('codes "the talks between Russian and Ukrainian representatives" as CONSULT of Russia and Ukraine', () => {
    const event = codeEvents(nationalTalks(), lexicon).events.find((e) => e.event === 'CONSULT');
    expect(event?.actors.map((a) => a.code).sort()).toEqual(['RUS', 'UKR']);
    expect(event?.recipients).toEqual([]);
  });

  it('leaves talks with one side named by nationality alone ("between Russian officials and their colleagues")', () => {
    expect(codeEvents(oneSideTalks(), lexicon).events.filter((e) => e.event === 'CONSULT')).toEqual([]);
  });
});

describe('codeEvents, talks asked for or refused, not held', () => {
  /** "Turkey called for talks between unions and employers ." */
  const calledFor = () => parsedDoc([`
    Turkey Turkey PROPN NNP 2 nsubj
    called call VERB VBD 0 root
    for for ADP IN 4 case
    talks talk NOUN NNS 2 obl
    between between ADP IN 6 case
    unions union NOUN NNS 4 nmod
    and and CCONJ CC 8 cc
    employers employer NOUN NNS 6 conj
    . . PUNCT . 2 punct`], { actors: [actor([0, 1], 'TUR', 'GOV'), actor([5, 6], 'TUR', 'LAB'), actor([7, 8], 'TUR', 'BUS')] });

  it('codes no meeting from "called for talks between …": the appeal is the verb\'s own event', () => {
    const viaNoun = codeEvents(calledFor(), lexicon).events.filter((e) => e.reasons.some((r) => r.rule === 'events/cameo' && (r.trigger as { rule: string }).rule === 'events/trigger-talks-between'));
    expect(viaNoun).toEqual([]);
  });
});

describe('a meeting verb whose "between" phrase names its sides by nationality (roles.ts, through the pipeline)', () => {
  const pipeline = defaultPipeline({ layers: ['events'] });
  it('codes "Talks between Russian and Ukrainian representatives were held" on the verb as CONSULT of Russia and Ukraine', () => {
    const text = 'Talks between Russian and Ukrainian representatives were held in Belarus on Monday, the Kremlin said.';
    const doc = pipeline.run(makeDoc({ text, meta: { date: '2022-03-01' } }));
    const held = (doc.layers.events?.events ?? []).filter((e) => e.event === 'CONSULT' && text.slice(e.trigger.start, e.trigger.end) === 'held');
    expect(held.map((e) => e.actors.map((a) => a.code).sort())).toEqual([['RUS', 'UKR']]);
  });
});

describe('codeEvents, talks between named sides set for later by their clause', () => {
  /** "Talks between unions and employers will last long ." (the clause's verb is no trigger of its own) */
  const resumeTalks = (aux: string) => parsedDoc([`
    Talks talk NOUN NNS 7 nsubj
    between between ADP IN 3 case
    unions union NOUN NNS 1 nmod
    and and CCONJ CC 5 cc
    employers employer NOUN NNS 3 conj
    ${aux} ${aux} AUX MD 7 aux
    last last VERB VB 0 root
    long long ADV RB 7 advmod
    . . PUNCT . 7 punct`], { actors: [actor([2, 3], 'NLD', 'LAB'), actor([4, 5], 'NLD', 'BUS')] });
  const viaNoun = (doc: ReturnType<typeof resumeTalks>) => codeEvents(doc, lexicon).events.filter((e) => e.reasons.some((r) => r.rule === 'events/cameo' && (r.trigger as { rule: string }).rule === 'events/trigger-talks-between'));

  it('codes "Talks between unions and employers will last long" as an announced meeting (AGREE), not a held one', () => {
    expect(viaNoun(resumeTalks('will')).map((e) => [e.event, e.future, e.hypothetical])).toEqual([['AGREE', false, false]]);
  });

  it('keeps "would resume" outside reported speech as only supposed', () => {
    expect(viaNoun(resumeTalks('would')).map((e) => e.hypothetical)).toEqual([true]);
  });

  it('keeps talks held when their clause negates only its object ("produced no result")', () => {
    expect(codeEvents(talks(), lexicon).events.filter((e) => e.event === 'CONSULT').map((e) => [e.negated, e.hypothetical])).toEqual([[false, false]]);
  });
});

describe('talks between named sides and what their clause says of them (code-nominal.ts, through the pipeline)', { timeout: 300_000 }, () => {
  const pipeline = defaultPipeline({ layers: ['events'] });
  const events = (text: string) => (pipeline.run(makeDoc({ text, meta: { date: '2023-03-03' } })).layers.events?.events ?? [])
    .map((e) => ({ event: e.event, negated: e.negated, hypothetical: e.hypothetical, trigger: text.slice(e.trigger.start, e.trigger.end) }));
  const asserted = (text: string) => events(text).filter((e) => !e.negated && !e.hypothetical).map((e) => e.event);

  it.each([
    'Talks between Iran and Iraq will not happen.',
    'Talks between Britain and Argentina will never happen, Thatcher said.',
  ])('codes no announced meeting from denied talks: "%s"', (text) => {
    expect(asserted(text)).not.toContain('AGREE');
  });

  it.each([
    'Talks between Israel and Hamas will be postponed until next month.',
    'Talks between Serbia and Kosovo will collapse without pressure from the European Union.',
  ])('codes no announced meeting from talks whose clause calls them off: "%s"', (text) => {
    expect(asserted(text)).not.toContain('AGREE');
  });

  it('keeps talks "unlikely to resume" only supposed', () => {
    expect(asserted('Talks between Britain and Argentina are unlikely to resume this year.')).not.toContain('CONSULT');
  });

  it.each(['Fighting', 'Clashes'])('codes no seizure from "%s between Armenian and Azerbaijani troops took place" (the idiom is no taking)', (noun) => {
    expect(events(`${noun} between Armenian and Azerbaijani troops took place near Lachin.`).filter((e) => e.event === 'COERCE')).toEqual([]);
  });
});
