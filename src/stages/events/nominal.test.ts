import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const actor = (tokens: [number, number], code: string, sector?: string): ActorSpec => ({ sent: 0, tokens, id: `${code}${tokens[0]}`, name: code, code, ...(sector ? { sector } : {}) });
const codes = (list: readonly { code?: string; sector?: string }[]) => list.map((p) => `${p.code}${p.sector ?? ''}`).sort();

/** "Biden condemned the Taliban 's <modifier> offensive against Kabul ." */
const offensive = (modifier?: string) => parsedDoc([`
  Biden Biden PROPN NNP 2 nsubj
  discussed discuss VERB VBD 0 root
  the the DET DT 4 det
  Taliban Taliban PROPN NNP ${modifier ? 7 : 6} nmod:poss
  's 's PART POS 4 case
  ${modifier ? `${modifier} ${modifier} ADJ JJ 7 amod` : ''}
  offensive offensive NOUN NN 2 obj
  against against ADP IN ${modifier ? 9 : 8} case
  Kabul Kabul PROPN NNP ${modifier ? 7 : 6} nmod
  . . PUNCT . 2 punct`.replace(/\n\s*\n/g, '\n')], {
  actors: [actor([0, 1], 'USA', 'GOV'), actor([3, 4], 'AFG', 'REB'), actor(modifier ? [8, 9] : [7, 8], 'AFG', 'GOV')],
});

describe('codeEvents, conflict nouns with their doer', () => {
  it('codes "the Taliban\'s offensive against Kabul" as ASSAULT by the possessor on the target', () => {
    const event = codeEvents(offensive(), lexicon).events.find((e) => e.event === 'ASSAULT');
    expect(codes(event?.actors ?? [])).toEqual(['AFGREB']);
    expect(codes(event?.recipients ?? [])).toEqual(['AFGGOV']);
    expect(event?.reasons.some((r) => r.rule === 'events/cameo' && (r.trigger as { rule: string }).rule === 'events/trigger-nominal')).toBe(true);
  });

  it('takes "a possible offensive" as a prospect, not a fact', () => {
    const event = codeEvents(offensive('possible'), lexicon).events.find((e) => e.event === 'ASSAULT');
    expect(event?.hypothetical).toBe(true);
  });

  it('takes a conflict noun inside an "if" clause as hypothetical', () => {
    const doc = parsedDoc([`
      If if SCONJ IN 5 mark
      the the DET DT 4 det
      Taliban Taliban PROPN NNP 4 nmod:poss
      offensive offensive NOUN NN 5 nsubj
      worsens worsen VERB VBZ 8 advcl
      , , PUNCT , 8 punct
      Kabul Kabul PROPN NNP 8 nsubj
      falls fall VERB VBZ 0 root
      . . PUNCT . 8 punct`], { actors: [actor([2, 3], 'AFG', 'REB'), actor([6, 7], 'AFG', 'GOV')] });
    const event = codeEvents(doc, lexicon).events.find((e) => e.event === 'ASSAULT');
    expect(event?.hypothetical).toBe(true);
  });

  it('leaves a possessed request to the act that deals with it ("Yugoslavia\'s request")', () => {
    const doc = parsedDoc([`
      Yugoslavia Yugoslavia PROPN NNP 3 nmod:poss
      's 's PART POS 1 case
      request request NOUN NN 5 nsubj:pass
      was be AUX VBD 5 aux:pass
      noted note VERB VBN 0 root
      . . PUNCT . 5 punct`], { actors: [actor([0, 1], 'YUG')] });
    expect(codeEvents(doc, lexicon).events.filter((e) => e.event === 'REQUEST')).toEqual([]);
  });

  it('codes the doer of a "by" phrase', () => {
    const doc = parsedDoc([`
      Zelensky Zelensky PROPN NNP 2 nsubj
      condemned condemn VERB VBD 0 root
      the the DET DT 4 det
      shelling shelling NOUN NN 2 obj
      of of ADP IN 6 case
      Sumy Sumy PROPN NNP 4 nmod
      by by ADP IN 9 case
      Russian Russian ADJ JJ 9 amod
      troops troop NOUN NNS 4 nmod
      . . PUNCT . 2 punct`], { actors: [actor([0, 1], 'UKR', 'GOV'), actor([5, 6], 'UKR'), actor([7, 9], 'RUS', 'MIL')] });
    const event = codeEvents(doc, lexicon).events.find((e) => e.event === 'ASSAULT');
    expect(codes(event?.actors ?? [])).toEqual(['RUSMIL']);
    expect(codes(event?.recipients ?? [])).toEqual(['UKR']);
  });

  it('codes "Russia\'s blockade of Odesa" as COERCE by the possessor on the target', () => {
    const doc = parsedDoc([`
      Zelensky Zelensky PROPN NNP 2 nsubj
      spoke speak VERB VBD 0 root
      about about ADP IN 6 case
      Russia Russia PROPN NNP 6 nmod:poss
      's 's PART POS 4 case
      blockade blockade NOUN NN 2 obl
      of of ADP IN 8 case
      Odesa Odesa PROPN NNP 6 nmod
      . . PUNCT . 2 punct`], { actors: [actor([0, 1], 'UKR', 'GOV'), actor([3, 4], 'RUS'), actor([7, 8], 'UKR')] });
    const event = codeEvents(doc, lexicon).events.find((e) => e.event === 'COERCE');
    expect(codes(event?.actors ?? [])).toEqual(['RUS']);
    expect(codes(event?.recipients ?? [])).toEqual(['UKR']);
  });

  it('leaves a cooperative noun with a possessor uncoded ("Slovakia\'s support")', () => {
    const doc = parsedDoc([`
      Zelensky Zelensky PROPN NNP 2 nsubj
      noted note VERB VBD 0 root
      Slovakia Slovakia PROPN NNP 5 nmod:poss
      's 's PART POS 3 case
      support support NOUN NN 2 obj
      . . PUNCT . 2 punct`], { actors: [actor([0, 1], 'UKR', 'GOV'), actor([2, 3], 'SVK')] });
    expect(codeEvents(doc, lexicon).events.filter((e) => e.actors.some((a) => a.code === 'SVK'))).toEqual([]);
  });

  describe('on an official site, force named by nationality or by an armed force', () => {
    const onSite = <T extends ReturnType<typeof parsedDoc>>(doc: T): T => {
      Object.assign(doc.layers, { discourse: { publisher: { site: 'kremlin.ru', code: 'RUS', office: 'president' }, mentions: [] } });
      return doc;
    };
    /** "Currently , Russian shelling of Azovstal does not stop ." */
    const shelling = (noun = 'shelling', lemma = 'shelling') => parsedDoc([`
      Currently currently ADV RB 8 advmod
      , , PUNCT , 8 punct
      Russian Russian ADJ JJ 4 amod
      ${noun} ${lemma} NOUN NN 8 nsubj
      of of ADP IN 6 case
      Azovstal Azovstal PROPN NNP 4 nmod
      does do AUX VBZ 8 aux
      stop stop VERB VB 0 root
      . . PUNCT . 8 punct`], { actors: [actor([5, 6], 'UKR')] });
    /** "Missile strike of the Russian army at Kharkiv ." */
    const armyStrike = () => parsedDoc([`
      Missile missile NOUN NN 2 compound
      strike strike NOUN NN 0 root
      of of ADP IN 6 case
      the the DET DT 6 det
      Russian Russian ADJ JJ 6 amod
      army army NOUN NN 2 nmod
      at at ADP IN 8 case
      Kharkiv Kharkiv PROPN NNP 2 nmod
      . . PUNCT . 2 punct`], { actors: [actor([3, 6], 'RUS', 'MIL'), actor([7, 8], 'UKR')] });

    it('codes "Russian shelling of Azovstal" as ASSAULT by the adjective\'s country on the target', () => {
      const event = codeEvents(onSite(shelling()), lexicon).events.find((e) => e.event === 'ASSAULT');
      expect(codes(event?.actors ?? [])).toEqual(['RUS']);
      expect(codes(event?.recipients ?? [])).toEqual(['UKR']);
    });

    it('leaves the adjective alone in a wire story', () => {
      expect(codeEvents(shelling(), lexicon).events.filter((e) => e.event === 'ASSAULT')).toEqual([]);
    });

    it('reads "Russian strikes" as an attack, not a labour strike', () => {
      const events = codeEvents(onSite(shelling('strikes', 'strike')), lexicon).events;
      expect(events.map((e) => `${e.event} ${e.cameo}`)).toEqual(['ASSAULT 190']);
    });

    it('takes an armed force\'s "of" phrase as the doer and the "at" phrase as the target', () => {
      const event = codeEvents(onSite(armyStrike()), lexicon).events.find((e) => e.event === 'ASSAULT');
      expect(codes(event?.actors ?? [])).toEqual(['RUSMIL']);
      expect(codes(event?.recipients ?? [])).toEqual(['UKR']);
    });

    it('gives force on a warring site\'s own side with no doer named to the war\'s adversary, and accuses no one', () => {
      /** "Again <owner> shelling of Kharkiv ." */
      const again = (owner?: string, tag = 'PRON PRP$') => parsedDoc([`
        Again again ADV RB ${owner ? 3 : 2} advmod
        ${owner ? `${owner} ${owner} ${tag} 3 nmod:poss` : ''}
        shelling shelling NOUN NN 0 root
        of of ADP IN ${owner ? 5 : 4} case
        Kharkiv Kharkiv PROPN NNP ${owner ? 3 : 2} nmod
        . . PUNCT . ${owner ? 3 : 2} punct`.replace(/\n\s*\n/g, '\n')], { actors: [actor(owner ? [4, 5] : [3, 4], 'UKR')] });
      const onUkraine = <T extends ReturnType<typeof parsedDoc>>(doc: T): T => {
        Object.assign(doc.layers, { discourse: { publisher: { site: 'president.gov.ua', code: 'UKR', office: 'president' }, mentions: [] } });
        return doc;
      };
      const events = codeEvents(onUkraine(again()), lexicon).events;
      expect(events.map((e) => `${e.event} ${codes(e.actors).join('+')}->${codes(e.recipients).join('+')}`)).toEqual(['ASSAULT RUSMIL->UKR']);
      expect(codeEvents(onUkraine(again('our')), lexicon).events).toEqual([]);
      // "yesterday's shelling": a possessor that names no one is a day, not an owner.
      expect(codeEvents(onUkraine(again('yesterday', 'NOUN NN')), lexicon).events.map((e) => e.event)).toEqual(['ASSAULT']);
      expect(codeEvents(onSite(again()), lexicon).events).toEqual([]);
    });

    it('takes a place\'s "of" phrase as no doer ("shelling of Kharkiv")', () => {
      const doc = onSite(parsedDoc([`
        The the DET DT 2 det
        shelling shelling NOUN NN 5 nsubj
        of of ADP IN 4 case
        Kharkiv Kharkiv PROPN NNP 2 nmod
        continues continue VERB VBZ 0 root
        . . PUNCT . 5 punct`], { actors: [actor([3, 4], 'UKR')] }));
      const nominal = codeEvents(doc, lexicon).events.filter((e) => e.reasons.some((r) => r.rule === 'events/cameo' && (r.trigger as { rule: string }).rule === 'events/trigger-nominal'));
      expect(nominal).toEqual([]);
    });
  });
});
