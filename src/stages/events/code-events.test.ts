import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const putin = (tokens: [number, number], sent = 0): ActorSpec => ({ sent, tokens, id: 'putin', name: 'Vladimir Putin', code: 'RUS', sector: 'GOV' });
const macron = (tokens: [number, number], sent = 0): ActorSpec => ({ sent, tokens, id: 'macron', name: 'Emmanuel Macron', code: 'FRA', sector: 'GOV' });
const country = (tokens: [number, number], code: string, sent = 0): ActorSpec => ({ sent, tokens, id: code.toLowerCase(), name: code, code });
const codes = (list: readonly { code?: string; sector?: string }[]) => list.map((p) => `${p.code}${p.sector ?? ''}`).sort();

describe('codeEvents', () => {
  it('codes a compound subject as one event with both actors', () => {
    const doc = parsedDoc([`
      Putin Putin PROPN NNP 4 nsubj
      and and CCONJ CC 3 cc
      Macron Macron PROPN NNP 1 conj
      discussed discuss VERB VBD 0 root
      Libya Libya PROPN NNP 4 obj
      . . PUNCT . 4 punct`], { actors: [putin([0, 1]), macron([2, 3]), country([4, 5], 'LBY')] });
    const { events } = codeEvents(doc, lexicon);
    expect(events).toHaveLength(1);
    expect(events[0].event).toBe('CONSULT');
    expect(codes(events[0].actors)).toEqual(['FRAGOV', 'RUSGOV']);
    expect(events[0].recipients).toEqual([]);
  });

  it('reads an appeal for intra-country dialogue as addressed to that country\'s parties', () => {
    const doc = parsedDoc([`
      Putin Putin PROPN NNP 2 nsubj
      called call VERB VBD 0 root
      for for ADP IN 4 case
      resumption resumption NOUN NN 2 obl
      of of ADP IN 7 case
      intra-Libyan intra-libyan ADJ JJ 7 amod
      dialogue dialogue NOUN NN 4 nmod
      . . PUNCT . 2 punct`], { actors: [putin([0, 1])] });
    const { events } = codeEvents(doc, lexicon);
    expect(events.map((e) => e.event)).toEqual(['REQUEST']);
    expect(codes(events[0].recipients)).toEqual(['LBY']);
    expect(events[0].why).toContain('the Libyan parties');
  });

  it('takes expressed concern as ACCUSE and a reaffirmed commitment as AGREE (PLOVER speech acts)', () => {
    const concern = parsedDoc([`
      Macron Macron PROPN NNP 2 nsubj
      expressed express VERB VBD 0 root
      concern concern NOUN NN 2 obj
      . . PUNCT . 2 punct`], { actors: [macron([0, 1])] });
    expect(codeEvents(concern, lexicon).events.map((e) => `${e.event}/${e.mode}`)).toEqual(['ACCUSE/disapprove']);
    const commitment = parsedDoc([`
      Putin Putin PROPN NNP 2 nsubj
      reaffirmed reaffirm VERB VBD 0 root
      his his PRON PRP$ 4 nmod:poss
      commitment commitment NOUN NN 2 obj
      . . PUNCT . 2 punct`], { actors: [putin([0, 1])] });
    expect(codeEvents(commitment, lexicon).events.map((e) => e.event)).toEqual(['AGREE']);
  });

  it('codes "is open to dialogue" as an intent to negotiate, "open to the public" as nothing', () => {
    const open = (noun: string, lemma: string) => parsedDoc([`
      Russia Russia PROPN NNP 3 nsubj
      is be AUX VBZ 3 cop
      open open ADJ JJ 0 root
      to to ADP IN 5 case
      ${noun} ${lemma} NOUN NN 3 obl
      . . PUNCT . 3 punct`], { actors: [country([0, 1], 'RUS')] });
    const events = codeEvents(open('dialogue', 'dialogue'), lexicon).events;
    expect(events.map((e) => `${e.event} ${e.cameo}`)).toEqual(['AGREE 036']);
    expect(events[0].why.length).toBeGreaterThan(0);
    expect(codeEvents(open('public', 'public'), lexicon).events).toEqual([]);
  });

  it('codes "was critical of" as criticism, "critical to" as nothing', () => {
    const critical = (prep: string) => parsedDoc([`
      Russia Russia PROPN NNP 3 nsubj
      was be AUX VBD 3 cop
      critical critical ADJ JJ 0 root
      ${prep} ${prep} ADP IN 5 case
      practice practice NOUN NN 3 obl
      . . PUNCT . 3 punct`], { actors: [country([0, 1], 'RUS')] });
    expect(codeEvents(critical('of'), lexicon).events.map((e) => `${e.event}/${e.mode} ${e.cameo}`)).toEqual(['ACCUSE/disapprove 111']);
    expect(codeEvents(critical('to'), lexicon).events).toEqual([]);
  });

  it('codes "is ready for any format of talks" as an intent to negotiate, "ready for winter" as nothing', () => {
    const ready = (noun: string) => parsedDoc([`
      Ukraine Ukraine PROPN NNP 3 nsubj
      is be AUX VBZ 3 cop
      ready ready ADJ JJ 0 root
      for for ADP IN 6 case
      any any DET DT 6 det
      ${noun} ${noun} NOUN NN 3 obl
      of of ADP IN 8 case
      talks talk NOUN NNS 6 nmod
      . . PUNCT . 3 punct`], { actors: [country([0, 1], 'UKR')] });
    expect(codeEvents(ready('format'), lexicon).events.map((e) => `${e.event} ${e.cameo}`)).toEqual(['AGREE 036']);
    const winter = parsedDoc([`
      Ukraine Ukraine PROPN NNP 3 nsubj
      is be AUX VBZ 3 cop
      ready ready ADJ JJ 0 root
      for for ADP IN 5 case
      winter winter NOUN NN 3 obl
      . . PUNCT . 3 punct`], { actors: [country([0, 1], 'UKR')] });
    expect(codeEvents(winter, lexicon).events).toEqual([]);
  });

  it('codes "is grateful to" an actor as thanks, "grateful to everyone who …" as nothing', () => {
    const grateful = (who: string, lemma: string, upos: string, xpos: string, actors: ActorSpec[]) => parsedDoc([`
      Zelensky Zelensky PROPN NNP 3 nsubj
      is be AUX VBZ 3 cop
      grateful grateful ADJ JJ 0 root
      to to ADP IN 5 case
      ${who} ${lemma} ${upos} ${xpos} 3 obl
      . . PUNCT . 3 punct`], { actors: [country([0, 1], 'UKR'), ...actors] });
    const thanks = codeEvents(grateful('Italy', 'Italy', 'PROPN', 'NNP', [country([4, 5], 'ITA')]), lexicon).events;
    expect(thanks.map((e) => `${e.event} ${e.cameo} ${codes(e.recipients).join('+')}`)).toEqual(['SUPPORT 051 ITA']);
    expect(codeEvents(grateful('everyone', 'everyone', 'PRON', 'NN', []), lexicon).events).toEqual([]);
  });

  it('codes "is grateful for" an act an actor owns as thanks to the owner, "grateful for the opportunity" as nothing', () => {
    const grateful = (owner: string, actors: ActorSpec[]) => parsedDoc([`
      Zelensky Zelensky PROPN NNP 3 nsubj
      is be AUX VBZ 3 cop
      grateful grateful ADJ JJ 0 root
      for for ADP IN 7 case
      ${owner} ${owner} PROPN NNP 7 nmod:poss
      's 's PART POS 5 case
      willingness willingness NOUN NN 3 obl
      . . PUNCT . 3 punct`], { actors: [country([0, 1], 'UKR'), ...actors] });
    const thanks = codeEvents(grateful('Slovakia', [country([4, 5], 'SVK')]), lexicon).events;
    expect(thanks.map((e) => `${e.event} ${e.cameo} ${codes(e.recipients).join('+')}`)).toEqual(['SUPPORT 051 SVK']);
    const opportunity = parsedDoc([`
      Zelensky Zelensky PROPN NNP 3 nsubj
      is be AUX VBZ 3 cop
      grateful grateful ADJ JJ 0 root
      for for ADP IN 6 case
      the the DET DT 6 det
      opportunity opportunity NOUN NN 3 obl
      . . PUNCT . 3 punct`], { actors: [country([0, 1], 'UKR')] });
    expect(codeEvents(opportunity, lexicon).events).toEqual([]);
  });

  it('codes bare "called" as a phone call only with a person called', () => {
    const called = parsedDoc([`
      Putin Putin PROPN NNP 2 nsubj
      called call VERB VBD 0 root
      Macron Macron PROPN NNP 2 obj
      . . PUNCT . 2 punct`], { actors: [putin([0, 1]), macron([2, 3])] });
    expect(codeEvents(called, lexicon).events.map((e) => `${e.event}/${e.mode}`)).toEqual(['CONSULT/phone']);
    const named = parsedDoc([`
      Putin Putin PROPN NNP 2 nsubj
      called call VERB VBD 0 root
      it it PRON PRP 2 obj
      a a DET DT 5 det
      provocation provocation NOUN NN 2 xcomp
      . . PUNCT . 2 punct`], { actors: [putin([0, 1])] });
    expect(codeEvents(named, lexicon).events).toEqual([]);
  });

  it('does not read "on Tuesday" as the (ON) of an appeal', () => {
    const doc = parsedDoc([`
      Putin Putin PROPN NNP 2 nsubj
      telephoned telephone VERB VBD 0 root
      Macron Macron PROPN NNP 2 obj
      on on ADP IN 5 case
      Tuesday Tuesday PROPN NNP 2 obl
      . . PUNCT . 2 punct`], { actors: [putin([0, 1]), macron([2, 3])] });
    expect(codeEvents(doc, lexicon).events.map((e) => e.event)).toEqual(['CONSULT']);
  });

  it('takes the beneficiary of "support for X" over the possessor that is the actor\'s own country', () => {
    const doc = parsedDoc([`
      Biden Biden PROPN NNP 2 nsubj
      reaffirmed reaffirm VERB VBD 0 root
      America America PROPN NNP 5 nmod:poss
      's 's PART POS 3 case
      support support NOUN NN 2 obj
      for for ADP IN 7 case
      Ukraine Ukraine PROPN NNP 5 nmod
      . . PUNCT . 2 punct`], { actors: [{ sent: 0, tokens: [0, 1], id: 'biden', name: 'Joe Biden', code: 'USA', sector: 'GOV' }, country([2, 3], 'USA'), country([6, 7], 'UKR')] });
    const { events } = codeEvents(doc, lexicon);
    expect(events.map((e) => e.event)).toEqual(['SUPPORT']);
    expect(codes(events[0].recipients)).toEqual(['UKR']);
  });

  it('codes a group subject through its members and leaves the infinitive as content', () => {
    const doc = parsedDoc([`
      The the DET DT 2 det
      sides side NOUN NNS 3 nsubj
      agreed agree VERB VBD 0 root
      to to PART TO 5 mark
      invigorate invigorate VERB VB 3 xcomp
      joint joint ADJ JJ 7 amod
      efforts effort NOUN NNS 5 obj
      . . PUNCT . 3 punct`, `
      Putin Putin PROPN NNP 0 root
      and and CCONJ CC 3 cc
      Macron Macron PROPN NNP 1 conj`], { actors: [{ sent: 0, tokens: [0, 2], id: 'group:sides', name: 'the sides', members: ['putin', 'macron'] }, putin([0, 1], 1), macron([2, 3], 1)] });
    const { events } = codeEvents(doc, lexicon);
    expect(events.map((e) => e.event)).toEqual(['AGREE']);
    expect(events[0].actors.map((a) => a.actorId).sort()).toEqual(['macron', 'putin']);
  });

  it('codes accepting an invitation as AGREE towards the one who invited', () => {
    const doc = parsedDoc([`
      Macron Macron PROPN NNP 2 nsubj
      accepted accept VERB VBD 0 root
      Putin Putin PROPN NNP 5 nmod:poss
      's 's PART POS 3 case
      invitation invitation NOUN NN 2 obj
      to to PART TO 7 mark
      visit visit VERB VB 5 acl
      Russia Russia PROPN NNP 7 obj
      . . PUNCT . 2 punct`], { actors: [macron([0, 1]), putin([2, 3]), country([7, 8], 'RUS')] });
    const { events } = codeEvents(doc, lexicon);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ event: 'AGREE', cameo: '036' });
    expect(codes(events[0].actors)).toEqual(['FRAGOV']);
    expect(codes(events[0].recipients)).toEqual(['RUSGOV']);
  });

  it('codes reported speech for its content and records the speaker', () => {
    const doc = parsedDoc([`
      The the DET DT 2 det
      Kremlin Kremlin PROPN NNP 3 nsubj
      said say VERB VBD 0 root
      that that SCONJ IN 6 mark
      Russia Russia PROPN NNP 6 nsubj
      agreed agree VERB VBD 3 ccomp
      . . PUNCT . 3 punct`], { actors: [{ sent: 0, tokens: [0, 2], id: 'kremlin', name: 'Kremlin', code: 'RUS', sector: 'GOV' }, country([4, 5], 'RUS')] });
    const { events } = codeEvents(doc, lexicon);
    expect(events).toHaveLength(1);
    expect(events[0].event).toBe('AGREE');
    expect(events[0].actors[0].actorId).toBe('rus');
    expect(events[0].speaker?.actorId).toBe('kremlin');
  });

  it('takes the actor of a passive verb from its "by" phrase and the recipient from its subject', () => {
    const doc = parsedDoc([`
      Refugees refugee NOUN NNS 3 nsubj:pass
      were be AUX VBD 3 aux:pass
      attacked attack VERB VBN 0 root
      by by ADP IN 5 case
      militiamen militiaman NOUN NNS 3 obl:agent
      . . PUNCT . 3 punct`], { actors: [{ sent: 0, tokens: [0, 1], id: 'refugees', code: 'COD', sector: 'REF' }, { sent: 0, tokens: [4, 5], id: 'militia', code: 'BDI', sector: 'MIL' }] });
    const [event] = codeEvents(doc, lexicon).events;
    expect(event.event).toBe('ASSAULT');
    expect(codes(event.actors)).toEqual(['BDIMIL']);
    expect(codes(event.recipients)).toEqual(['CODREF']);
  });

  it.each([
    ['not', 'negated', 'PART', 'RB', 'advmod'],
    ['could', 'hypothetical', 'AUX', 'MD', 'aux'],
  ])('flags "%s" as %s', (word, flag, upos, xpos, rel) => {
    const doc = parsedDoc([`
      Iran Iran PROPN NNP 3 nsubj
      ${word} ${word} ${upos} ${xpos} 3 ${rel}
      attack attack VERB VB 0 root
      Israel Israel PROPN NNP 3 obj
      . . PUNCT . 3 punct`], { actors: [country([0, 1], 'IRN'), country([3, 4], 'ISR')] });
    const [event] = codeEvents(doc, lexicon).events;
    expect(event).toMatchObject({ event: 'ASSAULT', [flag]: true });
  });

  it('codes a future visit as AGREE, not as a future CONSULT', () => {
    const doc = parsedDoc([`
      Macron Macron PROPN NNP 3 nsubj
      will will AUX MD 3 aux
      visit visit VERB VB 0 root
      Russia Russia PROPN NNP 3 obj
      . . PUNCT . 3 punct`], { actors: [macron([0, 1]), country([3, 4], 'RUS')] });
    const [event] = codeEvents(doc, lexicon).events;
    expect(event).toMatchObject({ event: 'AGREE', future: false });
    expect(event.why).toMatch(/future CONSULT is AGREE/);
  });

  it('flags an event the dates layer marks as background history', () => {
    const doc = parsedDoc([`
      Russia Russia PROPN NNP 2 nsubj
      attacked attack VERB VBD 0 root
      Georgia Georgia PROPN NNP 2 obj
      in in ADP IN 5 case
      2008 2008 NUM CD 2 obl
      . . PUNCT . 2 punct`], { actors: [country([0, 1], 'RUS'), country([2, 3], 'GEO')] });
    const year = { start: doc.layers.tokens[4].start, end: doc.layers.tokens[4].end, value: '2008', background: true };
    const [event] = codeEvents({ ...doc, layers: { ...doc.layers, dates: [year] } as typeof doc.layers }, lexicon).events;
    expect(event).toMatchObject({ historical: true, date: '2008' });
    expect(event.reasons).toContainEqual({ rule: 'events/background-date', text: '2008', value: '2008' });
    expect(event.why).toContain('background: "2008" (2008) is before the article');
  });

  it('codes "X stressed that Y must …" as a REQUEST from X to Y', () => {
    const doc = parsedDoc([`
      Russia Russia PROPN NNP 2 nsubj
      stressed stress VERB VBD 0 root
      that that SCONJ IN 6 mark
      Ukraine Ukraine PROPN NNP 6 nsubj
      must must AUX MD 6 aux
      implement implement VERB VB 2 ccomp
      its its PRON PRP$ 8 nmod:poss
      commitments commitment NOUN NNS 6 obj
      . . PUNCT . 2 punct`], { actors: [country([0, 1], 'RUS'), country([3, 4], 'UKR')] });
    const { events } = codeEvents(doc, lexicon);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ event: 'REQUEST', mode: 'change' });
    expect(codes(events[0].actors)).toEqual(['RUS']);
    expect(codes(events[0].recipients)).toEqual(['UKR']);
  });

  const needTo = (byEu: boolean) => parsedDoc([`
      Ukraine Ukraine PROPN NNP 2 nsubj
      stressed stress VERB VBD 0 root
      the the DET DT 4 det
      need need NOUN NN 2 obj
      to to PART TO 6 mark
      impose impose VERB VB 4 acl
      sanctions sanction NOUN NNS 6 obj
      against against ADP IN 9 case
      Russia Russia PROPN NNP 7 nmod
      ${byEu ? 'by by ADP IN 12 case' : 'now now ADV RB 6 advmod'}
      the the DET DT 12 det
      EU EU PROPN NNP ${byEu ? '6 obl' : '2 dep'}
      . . PUNCT . 2 punct`], { actors: [country([0, 1], 'UKR'), country([8, 9], 'RUS'), ...(byEu ? [country([11, 12], 'IGOEU')] : [])] });

  it('addresses "stressed the need to sanction Russia by the EU" to the EU, not to its target', () => {
    const [request] = codeEvents(needTo(true), lexicon).events.filter((e) => e.event === 'REQUEST');
    expect(codes(request.recipients)).toEqual(['IGOEU']);
    expect(request.reasons).toContainEqual({ rule: 'roles/content-doer', object: 'need', verb: 'impose' });
  });

  it('gives "stressed the need to sanction Russia" no recipient when no one is named to do it', () => {
    const [request] = codeEvents(needTo(false), lexicon).events.filter((e) => e.event === 'REQUEST');
    expect(request.recipients).toEqual([]);
    expect(request.reasons).toContainEqual({ rule: 'roles/content-target', object: 'need', verb: 'impose' });
  });

  it('addresses "stressed the need to resume talks between Israel and Palestine" to the talks\' parties', () => {
    const doc = parsedDoc([`
      Ukraine Ukraine PROPN NNP 2 nsubj
      stressed stress VERB VBD 0 root
      the the DET DT 4 det
      need need NOUN NN 2 obj
      to to PART TO 6 mark
      resume resume VERB VB 4 acl
      talks talk NOUN NNS 6 obj
      between between ADP IN 9 case
      Israel Israel PROPN NNP 7 nmod
      and and CCONJ CC 11 cc
      Palestine Palestine PROPN NNP 9 conj
      . . PUNCT . 2 punct`], { actors: [country([0, 1], 'UKR'), country([8, 9], 'ISR'), country([10, 11], 'PSE')] });
    const [request] = codeEvents(doc, lexicon).events.filter((e) => e.event === 'REQUEST');
    expect(codes(request.recipients)).toEqual(['ISR', 'PSE']);
    expect(request.reasons).toContainEqual({ rule: 'roles/content-doer', object: 'need', verb: 'resume' });
  });

  it('gives "called for unity against Russia" no recipient: what a request is against is its target', () => {
    const doc = parsedDoc([`
      Ukraine Ukraine PROPN NNP 2 nsubj
      called call VERB VBD 0 root
      for for ADP IN 4 case
      unity unity NOUN NN 2 obl
      against against ADP IN 6 case
      Russia Russia PROPN NNP 4 nmod
      . . PUNCT . 2 punct`], { actors: [country([0, 1], 'UKR'), country([5, 6], 'RUS')] });
    const [request] = codeEvents(doc, lexicon).events.filter((e) => e.event === 'REQUEST');
    expect(request.recipients).toEqual([]);
    expect(request.reasons).toContainEqual({ rule: 'roles/request-target', target: 'RUS' });
  });

  it('gives "called for the imposition of sanctions on Russia" no recipient: whom a punishment falls on is its target', () => {
    const doc = parsedDoc([`
      Ukraine Ukraine PROPN NNP 2 nsubj
      called call VERB VBD 0 root
      for for ADP IN 5 case
      the the DET DT 5 det
      imposition imposition NOUN NN 2 obl
      of of ADP IN 7 case
      sanctions sanction NOUN NNS 5 nmod
      on on ADP IN 9 case
      Russia Russia PROPN NNP 7 nmod
      . . PUNCT . 2 punct`], { actors: [country([0, 1], 'UKR'), country([8, 9], 'RUS')] });
    const [request] = codeEvents(doc, lexicon).events.filter((e) => e.event === 'REQUEST');
    expect(request.recipients).toEqual([]);
    expect(request.reasons).toContainEqual({ rule: 'roles/request-target', target: 'RUS' });
  });

  it('codes no REQUEST when the obligation is the speaking side\'s own ("we must …")', () => {
    const doc = parsedDoc([`
      Russia Russia PROPN NNP 2 nsubj
      stressed stress VERB VBD 0 root
      that that SCONJ IN 6 mark
      we we PRON PRP 6 nsubj
      must must AUX MD 6 aux
      implement implement VERB VB 2 ccomp
      its its PRON PRP$ 8 nmod:poss
      commitments commitment NOUN NNS 6 obj
      . . PUNCT . 2 punct`], { actors: [country([0, 1], 'RUS'), country([3, 4], 'RUS')] });
    expect(codeEvents(doc, lexicon).events.filter((e) => e.event === 'REQUEST')).toEqual([]);
  });

  it('rejects a gerund that names a topic, with a reason', () => {
    const doc = parsedDoc([`
      Combating combat VERB VBG 3 csubj
      terrorism terrorism NOUN NN 1 obj
      matters matter VERB VBZ 0 root
      . . PUNCT . 3 punct`]);
    const { events, rejected } = codeEvents(doc, lexicon);
    expect(events).toEqual([]);
    expect(rejected.map((r) => r.ruleId)).toContain('events/gerund');
  });

  it.each([
    ['currently', 'ADV RB', 'advmod', 'rejects', true],
    ['today', 'NOUN NN', 'obl:unmarked', 'codes', false],
  ])('with "%s", a simple present verbal act: %s it as a habit', (word, tags, rel, _, habitual) => {
    const doc = parsedDoc([`
      Russia Russia PROPN NNP 3 nsubj
      ${word} ${word} ${tags} 3 ${rel}
      supports support VERB VBZ 0 root
      Serbia Serbia PROPN NNP 3 obj
      . . PUNCT . 3 punct`], { actors: [country([0, 1], 'RUS'), country([3, 4], 'SRB')] });
    const { events, rejected } = codeEvents(doc, lexicon);
    expect(rejected.some((r) => r.ruleId === 'events/habitual')).toBe(habitual);
    expect(events.length).toBe(habitual ? 0 : 1);
  });

  it('rejects a trigger with no actor', () => {
    const doc = parsedDoc([`
      Fighting fighting NOUN NN 2 nsubj
      erupted erupt VERB VBD 0 root
      . . PUNCT . 2 punct`]);
    const { rejected } = codeEvents(doc, lexicon);
    expect(rejected.map((r) => r.ruleId)).toEqual(['events/no-actor']);
  });

  it('passes the subject through "continued to" and codes exchanging views as a reciprocal CONSULT', () => {
    const doc = parsedDoc([`
      Putin Putin PROPN NNP 2 nsubj
      continued continue VERB VBD 0 root
      to to PART TO 4 mark
      exchange exchange VERB VB 2 xcomp
      views view NOUN NNS 4 obj
      with with ADP IN 7 case
      Macron Macron PROPN NNP 4 obl
      . . PUNCT . 2 punct`], { actors: [putin([0, 1]), macron([6, 7])] });
    const { events } = codeEvents(doc, lexicon);
    expect(events).toHaveLength(1);
    expect(events[0].event).toBe('CONSULT');
    expect(codes(events[0].actors)).toEqual(['FRAGOV', 'RUSGOV']);
    expect(events[0].recipients).toEqual([]);
  });

  it('reads the requested thing into the REQUEST mode', () => {
    const doc = parsedDoc([`
      France France PROPN NNP 2 nsubj
      called call VERB VBD 0 root
      for for ADP IN 5 case
      a a DET DT 5 det
      ceasefire ceasefire NOUN NN 2 obl
      in in ADP IN 7 case
      Libya Libya PROPN NNP 5 nmod
      . . PUNCT . 2 punct`], { actors: [country([0, 1], 'FRA'), country([6, 7], 'LBY')] });
    const [event] = codeEvents(doc, lexicon).events;
    expect(event).toMatchObject({ event: 'REQUEST', mode: 'yield' });
    expect(codes(event.recipients)).toEqual(['LBY']);
  });
});

describe('codeEvents, nominal events and coordination', () => {
  it('codes an event noun as the object of a verb that is no event by itself', () => {
    const doc = parsedDoc([`
      Iran Iran PROPN NNP 2 nsubj
      held hold VERB VBD 0 root
      talks talk NOUN NNS 2 obj
      with with ADP IN 5 case
      Iraq Iraq PROPN NNP 2 obl
      . . PUNCT . 2 punct`], { actors: [country([0, 1], 'IRN'), country([4, 5], 'IRQ')] });
    const [event] = codeEvents(doc, lexicon).events;
    expect(event.event).toBe('CONSULT');
    expect(codes(event.actors)).toEqual(['IRN', 'IRQ']);
  });

  it('leaves the second of two coordinated infinitives uncoded, like the first', () => {
    const doc = parsedDoc([`
      Iran Iran PROPN NNP 2 nsubj
      wants want VERB VBZ 0 root
      efforts effort NOUN NNS 2 obj
      to to PART TO 5 mark
      attack attack VERB VB 3 acl
      and and CCONJ CC 7 cc
      kill kill VERB VB 5 conj
      . . PUNCT . 2 punct`], { actors: [country([0, 1], 'IRN')] });
    const { events, rejected } = codeEvents(doc, lexicon);
    expect(events.filter((e) => e.event === 'ASSAULT')).toEqual([]);
    expect(rejected.filter((r) => r.ruleId === 'events/infinitive')).toHaveLength(2);
  });

  it('codes a refusal to cooperate as REJECT', () => {
    const doc = parsedDoc([`
      Syria Syria PROPN NNP 4 nsubj
      will will AUX MD 4 aux
      not not PART RB 4 advmod
      accept accept VERB VB 0 root
      the the DET DT 6 det
      plan plan NOUN NN 4 obj
      . . PUNCT . 4 punct`], { actors: [country([0, 1], 'SYR')] });
    const [event] = codeEvents(doc, lexicon).events;
    expect(event).toMatchObject({ event: 'REJECT', negated: false });
  });
});

describe('codeEvents, PLOVER conventions', () => {
  it('codes through a transparent verb: "planned to attack" is a future ASSAULT, so a threat, not an AGREE', () => {
    const doc = parsedDoc([`
      Iran Iran PROPN NNP 2 nsubj
      planned plan VERB VBD 0 root
      to to PART TO 4 mark
      attack attack VERB VB 2 xcomp
      Israel Israel PROPN NNP 4 obj
      . . PUNCT . 2 punct`], { actors: [country([0, 1], 'IRN'), country([4, 5], 'ISR')] });
    const { events, rejected } = codeEvents(doc, lexicon);
    expect(events.map((e) => [e.event, e.future, e.recipients.map((r) => r.code)])).toEqual([['THREATEN', false, ['ISR']]]);
    expect(events[0].reasons.map((r) => r.rule)).toContain('events/future-threat');
    expect(rejected.map((r) => r.ruleId)).toContain('events/transparent');
  });

  it('codes a vote to act as the act, also when the parser makes the infinitive a purpose clause; a purpose after an object stays one', () => {
    const vote = (rel: string) => parsedDoc([`
      Germany Germany PROPN NNP 2 nsubj
      voted vote VERB VBD 0 root
      to to PART TO 4 mark
      support support VERB VB 2 ${rel}
      Chirac Chirac PROPN NNP 4 obj
      . . PUNCT . 2 punct`], { actors: [country([0, 1], 'DEU'), macron([4, 5])] });
    for (const rel of ['xcomp', 'advcl']) {
      expect(codeEvents(vote(rel), lexicon).events.map((e) => [e.event, codes(e.actors), codes(e.recipients)])).toEqual([['SUPPORT', ['DEU'], ['FRAGOV']]]);
    }
    const counted = parsedDoc([`
      Germany Germany PROPN NNP 2 nsubj
      voted vote VERB VBD 0 root
      93 93 NUM CD 2 obj
      to to ADP IN 5 case
      0 0 NUM CD 3 nmod
      Tuesday Tuesday PROPN NNP 2 obl:unmarked
      to to PART TO 8 mark
      support support VERB VB 2 advcl
      Macron Macron PROPN NNP 8 obj
      . . PUNCT . 2 punct`], { actors: [country([0, 1], 'DEU'), macron([8, 9])] });
    expect(codeEvents(counted, lexicon).events.map((e) => e.event)).toEqual(['SUPPORT']);
    const purpose = parsedDoc([`
      France France PROPN NNP 2 nsubj
      resumed resume VERB VBD 0 root
      talks talk NOUN NNS 2 obj
      to to PART TO 5 mark
      support support VERB VB 2 advcl
      Macron Macron PROPN NNP 5 obj
      . . PUNCT . 2 punct`], { actors: [country([0, 1], 'FRA'), macron([5, 6])] });
    const { events, rejected } = codeEvents(purpose, lexicon);
    expect(events.map((e) => e.event)).not.toContain('SUPPORT');
    expect(rejected.find((r) => r.event === 'SUPPORT')?.ruleId).toBe('events/infinitive');
  });

  it('codes cutting or suspending aid or loans to a country as SANCTION (reduce or stop aid), not AID', () => {
    const doc = (verb: string, lemma: string, noun: string) => parsedDoc([`
      Senate Senate PROPN NNP 2 nsubj
      ${verb} ${lemma} VERB VBD 0 root
      ${noun} ${noun} NOUN NN 2 obj
      to to ADP IN 5 case
      Panama Panama PROPN NNP 3 nmod
      . . PUNCT . 2 punct`], { actors: [country([0, 1], 'USA'), country([4, 5], 'PAN')] });
    for (const [verb, lemma, noun] of [['slashed', 'slash', 'aid'], ['suspended', 'suspend', 'loans'], ['cut', 'cut', 'credits']]) {
      expect(codeEvents(doc(verb, lemma, noun), lexicon).events.map((e) => [e.event, codes(e.recipients)])).toEqual([['SANCTION', ['PAN']]]);
    }
  });

  it.each([
    ['GOV', 'ACCUSE'],
    ['CVL', 'PROTEST'],
  ])('codes a protest by a %s actor as %s', (sector, expected) => {
    const doc = parsedDoc([`
      Students student NOUN NNS 2 nsubj
      protested protest VERB VBD 0 root
      . . PUNCT . 2 punct`], { actors: [{ sent: 0, tokens: [0, 1], id: 'x', code: 'FRA', sector }] });
    const [event] = codeEvents(doc, lexicon).events;
    expect(event.event).toBe(expected);
  });
});

describe('codeEvents, light verbs', () => {
  it('codes "had a conversation" through the noun, with the medium as mode', () => {
    const doc = parsedDoc([`
      The the DET DT 2 det
      leaders leader NOUN NNS 3 nsubj
      had have VERB VBD 0 root
      a a DET DT 5 det
      conversation conversation NOUN NN 3 obj
      by by ADP IN 7 case
      video video NOUN NN 3 obl
      . . PUNCT . 3 punct`, `
      Putin Putin PROPN NNP 0 root
      and and CCONJ CC 3 cc
      Macron Macron PROPN NNP 1 conj`], { actors: [{ sent: 0, tokens: [0, 2], id: 'group:leaders', members: ['putin', 'macron'] }, putin([0, 1], 1), macron([2, 3], 1)] });
    const [event] = codeEvents(doc, lexicon).events;
    expect(event).toMatchObject({ event: 'CONSULT', mode: 'phone' });
    expect(event.actors.map((a) => a.actorId).sort()).toEqual(['macron', 'putin']);
  });

  it('takes the parties of "talks were held between X and Y" as actors', () => {
    const doc = parsedDoc([`
      Talks talk NOUN NNS 3 nsubj:pass
      were be AUX VBD 3 aux:pass
      held hold VERB VBN 0 root
      between between ADP IN 5 case
      Iran Iran PROPN NNP 3 obl
      and and CCONJ CC 7 cc
      Iraq Iraq PROPN NNP 5 conj
      . . PUNCT . 3 punct`], { actors: [country([4, 5], 'IRN'), country([6, 7], 'IRQ')] });
    const [event] = codeEvents(doc, lexicon).events;
    expect(event.event).toBe('CONSULT');
    expect(codes(event.actors)).toEqual(['IRN', 'IRQ']);
  });
});

describe('codeEvents, dates', () => {
  const sentence = `
      Russia Russia PROPN NNP 2 nsubj
      attacked attack VERB VBD 0 root
      Georgia Georgia PROPN NNP 2 obj
      on on ADP IN 5 case
      Friday Friday PROPN NNP 2 obl
      . . PUNCT . 2 punct`;
  const actors = [country([0, 1], 'RUS'), country([2, 3], 'GEO')];

  it('dates an event by a normalised date of its clause when the dates layer is present', () => {
    const doc = parsedDoc([sentence], { actors });
    const friday = { start: doc.layers.tokens[3].start, end: doc.layers.tokens[4].end, value: '2020-06-26' };
    const [event] = codeEvents({ ...doc, layers: { ...doc.layers, dates: [friday] } as typeof doc.layers }, lexicon).events;
    expect(event).toMatchObject({ date: '2020-06-26', dateSource: 'sentence', historical: false });
  });

  it('falls back to the article date', () => {
    const [event] = codeEvents(parsedDoc([sentence], { actors, meta: { date: '2021-03-01' } }), lexicon).events;
    expect(event).toMatchObject({ date: '2021-03-01', dateSource: 'article' });
  });
});

describe('codeEvents, event nouns with modifiers', () => {
  it.each([
    ['general', 'PROTEST'],
    ['air', 'ASSAULT'],
  ])('reads a "%s strike" as %s', (modifier, expected) => {
    const doc = parsedDoc([`
      Unions union NOUN NNS 2 nsubj
      held hold VERB VBD 0 root
      a a DET DT 5 det
      ${modifier} ${modifier} ADJ JJ 5 amod
      strike strike NOUN NN 2 obj
      . . PUNCT . 2 punct`], { actors: [{ sent: 0, tokens: [0, 1], id: 'unions', code: 'FRA', sector: 'LAB' }] });
    const [event] = codeEvents(doc, lexicon).events;
    expect(event.event).toBe(expected);
  });
});

describe('codeEvents, one act and its content', () => {
  it('leaves an act told in a clause describing another act\'s object to that act', () => {
    const doc = parsedDoc([`
      Hungary Hungary PROPN NNP 2 nsubj
      supported support VERB VBD 0 root
      a a DET DT 4 det
      resolution resolution NOUN NN 2 obj
      Iran Iran PROPN NNP 6 nsubj
      attacked attack VERB VBD 4 acl:relcl
      . . PUNCT . 2 punct`], { actors: [country([0, 1], 'HUN'), country([4, 5], 'IRN')] });
    const { events, rejected } = codeEvents(doc, lexicon);
    expect(events).toHaveLength(1);
    expect(events[0].trigger.tokens[0]).toBe(1);
    expect(rejected.map((r) => r.ruleId)).toContain('events/describes-argument');
  });

  it('lets the event noun decide after a verb that organises it', () => {
    const doc = parsedDoc([`
      Parties party NOUN NNS 2 nsubj
      organized organize VERB VBD 0 root
      a a DET DT 4 det
      strike strike NOUN NN 2 obj
      . . PUNCT . 2 punct`], { actors: [{ sent: 0, tokens: [0, 1], id: 'opp', code: 'NPL', sector: 'OPP' }] });
    const [event] = codeEvents(doc, lexicon).events;
    expect(event.event).toBe('PROTEST');
  });
});

describe('issue-12: which candidate events are emitted', () => {
  it('turns down an act whose only actor has no country or organisation code', () => {
    const doc = parsedDoc([`
      Hackers hacker NOUN NNS 2 nsubj
      attacked attack VERB VBD 0 root
      the the DET DT 4 det
      embassy embassy NOUN NN 2 obj
      . . PUNCT . 2 punct`], { actors: [{ sent: 0, tokens: [0, 1], id: 'hackers', name: 'hackers', sector: 'CRM' }] });
    const { events, rejected } = codeEvents(doc, lexicon);
    expect(events).toEqual([]);
    expect(rejected.find((r) => r.ruleId === 'events/uncoded-actor')).toMatchObject({ event: 'ASSAULT' });
  });

  it('keeps the same act when its actor has a country', () => {
    const doc = parsedDoc([`
      Rebels rebel NOUN NNS 2 nsubj
      attacked attack VERB VBD 0 root
      the the DET DT 4 det
      embassy embassy NOUN NN 2 obj
      . . PUNCT . 2 punct`], { actors: [{ sent: 0, tokens: [0, 1], id: 'rebels', name: 'rebels', code: 'SDN', sector: 'REB' }] });
    expect(codeEvents(doc, lexicon).events.map((e) => e.event)).toEqual(['ASSAULT']);
  });
});

describe('issue-12: negation and modality', () => {
  it('reads "cannot" as a negated modal and refuses nothing in an agentless passive', () => {
    const doc = parsedDoc([`
      Peace peace NOUN NN 4 nsubj:pass
      cannot cannot AUX MD 4 aux
      be be AUX VB 4 aux:pass
      guaranteed guarantee VERB VBN 0 root
      by by ADP IN 6 case
      Russia Russia PROPN NNP 4 obl:agent
      . . PUNCT . 4 punct`], { actors: [country([5, 6], 'RUS')] });
    const events = codeEvents(doc, lexicon).events;
    expect(events.map((e) => [e.event, e.negated])).toEqual([['AGREE', true]]);
  });

  it('keeps "cannot accept" with a subject a refusal', () => {
    const doc = parsedDoc([`
      Iran Iran PROPN NNP 3 nsubj
      cannot cannot AUX MD 3 aux
      accept accept VERB VB 0 root
      the the DET DT 5 det
      proposal proposal NOUN NN 3 obj
      . . PUNCT . 3 punct`], { actors: [country([0, 1], 'IRN')] });
    expect(codeEvents(doc, lexicon).events.map((e) => [e.event, e.negated])).toEqual([['REJECT', false]]);
  });

  it('negates an act whose object is "nothing" or "no …", without making it a refusal', () => {
    const doc = parsedDoc([`
      Syria Syria PROPN NNP 2 nsubj
      offered offer VERB VBD 0 root
      no no DET DT 4 det
      concessions concession NOUN NNS 2 obj
      . . PUNCT . 2 punct`], { actors: [country([0, 1], 'SYR')] });
    const [event] = codeEvents(doc, lexicon).events;
    expect(event).toMatchObject({ event: 'AGREE', negated: true });
    expect(event.why).toContain('negated object');
  });

  it('gives a conjoined clause with its own modal its own modality', () => {
    const doc = parsedDoc([`
      Biden Biden PROPN NNP 2 nsubj
      said say VERB VBD 0 root
      talks talk NOUN NNS 4 nsubj
      continue continue VERB VBP 2 ccomp
      and and CCONJ CC 9 cc
      that that SCONJ IN 9 mark
      Cuba Cuba PROPN NNP 9 nsubj
      should should AUX MD 9 aux
      release release VERB VB 4 conj
      prisoners prisoner NOUN NNS 9 obj
      . . PUNCT . 2 punct`], { actors: [{ sent: 0, tokens: [0, 1], id: 'biden', name: 'Joe Biden', code: 'USA', sector: 'GOV' }, country([6, 7], 'CUB')] });
    const release = codeEvents(doc, lexicon).events.find((e) => e.trigger.tokens[0] === 8);
    expect(release?.hypothetical).toBe(true);
  });

  it.each([['meets', 'VBZ', true], ['met', 'VBD', false]] as const)('takes a "when" clause with "%s" as %s: not a fact of the day is %s', (form, xpos, unreal) => {
    const doc = parsedDoc([`
      Chung Chung PROPN NNP 3 nsubj
      will will AUX MD 3 aux
      resist resist VERB VB 0 root
      pressure pressure NOUN NN 3 obj
      when when ADV WRB 7 advmod
      he he PRON PRP 7 nsubj
      ${form} meet VERB ${xpos} 3 advcl
      Baker Baker PROPN NNP 7 obj
      . . PUNCT . 3 punct`], { actors: [country([0, 1], 'KOR'), country([5, 6], 'KOR'), country([7, 8], 'USA')] });
    const meeting = codeEvents(doc, lexicon).events.find((e) => e.trigger.tokens[0] === 6);
    expect(meeting?.hypothetical).toBe(unreal);
  });
});

describe('issue-12: readiness', () => {
  it('reads readiness to use force as a threat even when a pattern of the verb says otherwise', () => {
    const doc = parsedDoc([`
      Syria Syria PROPN NNP 3 nsubj
      is be AUX VBZ 3 cop
      ready ready ADJ JJ 0 root
      to to PART TO 5 mark
      retaliate retaliate VERB VB 3 xcomp
      for for ADP IN 8 case
      any any DET DT 8 det
      strike strike NOUN NN 5 obl
      . . PUNCT . 3 punct`], { actors: [country([0, 1], 'SYR')] });
    expect(codeEvents(doc, lexicon).events.map((e) => e.event)).toEqual(['THREATEN']);
  });

  it('addresses a threat with no one threatened in its clause to the other side of the article', () => {
    const doc = parsedDoc([`
      Iraq Iraq PROPN NNP 2 nsubj
      attacked attack VERB VBD 0 root
      Iran Iran PROPN NNP 2 obj
      . . PUNCT . 2 punct`, `
      Iran Iran PROPN NNP 3 nsubj
      will will AUX MD 3 aux
      retaliate retaliate VERB VB 0 root
      . . PUNCT . 3 punct`], { actors: [country([0, 1], 'IRQ'), country([2, 3], 'IRN'), country([4, 5], 'IRN')] });
    const threat = codeEvents(doc, lexicon).events.find((e) => e.sent === 1);
    expect([threat?.event, threat?.future, threat?.recipients.map((r) => r.code)]).toEqual(['THREATEN', false, ['IRQ']]);
  });

  it('answers a denial naming no one to its accuser elsewhere in the article', () => {
    const doc = parsedDoc([`
      Washington Washington PROPN NNP 2 nsubj
      accused accuse VERB VBD 0 root
      Tokyo Tokyo PROPN NNP 2 obj
      . . PUNCT . 2 punct`, `
      Tokyo Tokyo PROPN NNP 2 nsubj
      denied deny VERB VBD 0 root
      that that SCONJ IN 5 mark
      it it PRON PRP 5 nsubj
      dumped dump VERB VBD 2 ccomp
      chips chip NOUN NNS 5 obj
      . . PUNCT . 2 punct`], { actors: [country([0, 1], 'USA'), country([2, 3], 'JPN'), country([4, 5], 'JPN')] });
    const denial = codeEvents(doc, lexicon).events.find((e) => e.sent === 1 && e.event === 'REJECT');
    expect(denial?.recipients.map((r) => r.code)).toEqual(['USA']);
  });
});

describe('issue-12: hoped-for acts', () => {
  it('turns down a verb of hoping as an act: "hopes the agreement will hold" (the parser\'s object) is no AGREE', () => {
    const doc = parsedDoc([`
      Miyazawa Miyazawa PROPN NNP 2 nsubj
      hopes hope VERB VBZ 0 root
      the the DET DT 4 det
      agreement agreement NOUN NN 2 obj
      will will AUX MD 6 aux
      hold hold VERB VB 2 ccomp
      . . PUNCT . 2 punct`], { actors: [{ sent: 0, tokens: [0, 1], id: 'miyazawa', name: 'Kiichi Miyazawa', code: 'JPN', sector: 'GOV' }] });
    // Session 61: the tree's repair (clause-subject.ts `splitClauseVerb`) makes "the agreement" the hoped clause's own
    // subject, so "hold" no longer takes it as an object (pattern-no-event, not hoped-for); still no act either way.
    const { events, rejected } = codeEvents(doc, lexicon);
    expect(events).toEqual([]);
    expect(rejected.map((r) => r.ruleId)).toContain('events/pattern-no-event');
  });
});

describe('issue-12: hoped-for content', () => {
  it('takes what is hoped for as no fact: "expressed hope that the EU will support the decision"', () => {
    const doc = parsedDoc([`
      He he PRON PRP 2 nsubj
      expressed express VERB VBD 3 nsubj
      hope hope VERB VBP 0 root
      that that SCONJ IN 6 mark
      EU EU PROPN NNP 6 nsubj
      will will AUX MD 6 aux
      support support VERB VB 3 ccomp
      the the DET DT 8 det
      decision decision NOUN NN 6 obj
      . . PUNCT . 3 punct`], { actors: [{ sent: 0, tokens: [4, 5], id: 'eu', name: 'European Union', code: 'IGOEU' }] });
    const support = codeEvents(doc, lexicon).events.find((e) => e.trigger.tokens[0] === 6);
    expect(support?.hypothetical).toBe(true);
    expect(support?.reasons.map((r) => r.rule)).toContain('flags/hoped-for');
  });
});

describe('issue-12: formulas of the report', () => {
  it.each([['declined', 'decline', 'named', 'name'], ['declined', 'decline', 'identified', 'identify']])('turns down "who %s … to be %s" as a source\'s anonymity', (form, lemma, naming, namingLemma) => {
    const doc = parsedDoc([`
      The the DET DT 2 det
      diplomat diplomat NOUN NN 10 nsubj
      , , PUNCT , 5 punct
      who who PRON WP 5 nsubj
      ${form} ${lemma} VERB VBD 2 acl:relcl
      not not PART RB 9 advmod
      to to PART TO 9 mark
      be be AUX VB 9 aux:pass
      ${naming} ${namingLemma} VERB VBN 5 xcomp
      said say VERB VBD 0 root
      . . PUNCT . 10 punct`], { actors: [{ sent: 0, tokens: [0, 2], id: 'dip', name: 'the diplomat', code: 'USA', sector: 'GOV' }] });
    const { events, rejected } = codeEvents(doc, lexicon);
    expect(events).toEqual([]);
    expect(rejected.map((r) => r.ruleId)).toContain('events/source-anonymity');
  });
});

describe('issue-12: formulas of the report (object)', () => {
  it('turns down "requested anonymity"', () => {
    const doc = parsedDoc([`
      The the DET DT 2 det
      official official NOUN NN 3 nsubj
      requested request VERB VBD 0 root
      anonymity anonymity NOUN NN 3 obj
      . . PUNCT . 3 punct`], { actors: [{ sent: 0, tokens: [0, 2], id: 'off', name: 'the official', code: 'USA', sector: 'GOV' }] });
    const { events, rejected } = codeEvents(doc, lexicon);
    expect(events).toEqual([]);
    expect(rejected.map((r) => r.ruleId)).toContain('events/source-anonymity');
  });
});

describe('issue-12: forecasts', () => {
  it('reads "is expected to" as a forecast by others (hypothetical), "plans to" as the subject\'s intent', () => {
    const sentence = (form: string, lemma: string, passive: boolean) => parsedDoc([`
      Macron Macron PROPN NNP 3 ${passive ? 'nsubj:pass' : 'nsubj'}
      is be AUX VBZ 3 ${passive ? 'aux:pass' : 'aux'}
      ${form} ${lemma} VERB ${passive ? 'VBN' : 'VBG'} 0 root
      to to PART TO 5 mark
      meet meet VERB VB 3 xcomp
      Putin Putin PROPN NNP 5 obj
      . . PUNCT . 3 punct`], { actors: [macron([0, 1]), putin([5, 6])] });
    const expected = codeEvents(sentence('expected', 'expect', true), lexicon).events;
    expect(expected.map((e) => [e.event, e.hypothetical])).toEqual([['CONSULT', true]]);
    const planning = codeEvents(sentence('planning', 'plan', false), lexicon).events;
    expect(planning.map((e) => [e.event, e.hypothetical])).toEqual([['AGREE', false]]);
  });
});

describe('issue-12: plans', () => {
  it('reads "is to visit" as a planned act: a future visit is AGREE (PLOVER)', () => {
    const doc = parsedDoc([`
      Macron Macron PROPN NNP 4 nsubj
      is be AUX VBZ 4 aux
      to to PART TO 4 mark
      visit visit VERB VB 0 root
      Moscow Moscow PROPN NNP 4 obj
      . . PUNCT . 4 punct`], { actors: [macron([0, 1]), country([4, 5], 'RUS')] });
    const [event] = codeEvents(doc, lexicon).events;
    expect(event?.event).toBe('AGREE');
    expect(event?.why).toContain('planned');
  });
});

describe('codeEvents, standing states', () => {
  const restricts = (xpos: string, word: string, adverb = 'currently ADV RB') => parsedDoc([`
      Japan Japan PROPN NNP 3 nsubj
      ${adverb.split(' ')[0]} ${adverb} 3 advmod
      ${word} restrict VERB ${xpos} 0 root
      imports import NOUN NNS 3 obj
      . . PUNCT . 3 punct`], { actors: [country([0, 1], 'JPN')] });
  const onOfficialSite = (doc: ReturnType<typeof restricts>) => ({ ...doc, layers: { ...doc.layers, discourse: { publisher: { site: 'kantei.go.jp', code: 'JPN', office: 'prime-minister' as const }, mentions: [] } } });

  it('turns down a material act in the simple present: a standing policy, not an event', () => {
    const { events, rejected } = codeEvents(restricts('VBZ', 'restricts'), lexicon);
    expect(events).toEqual([]);
    expect(rejected.map((r) => r.ruleId)).toContain('events/standing-state');
  });

  it('codes the same act in the past tense', () => {
    expect(codeEvents(restricts('VBD', 'restricted'), lexicon).events.map((e) => e.event)).toEqual(['COERCE']);
  });

  it('keeps a present act in an official site\'s own statement, which performs its side\'s acts', () => {
    expect(codeEvents(onOfficialSite(restricts('VBZ', 'restricts', 'now ADV RB')), lexicon).events.map((e) => e.event)).toEqual(['COERCE']);
  });

  it('turns down a present act with an adverb of habit even on an official site ("currently restricts")', () => {
    const { events, rejected } = codeEvents(onOfficialSite(restricts('VBZ', 'restricts')), lexicon);
    expect(events).toEqual([]);
    expect(rejected.map((r) => r.ruleId)).toContain('events/habitual');
  });

  it('keeps a present verbal act: saying it performs it ("Austria supports Ukraine")', () => {
    const doc = parsedDoc([`
      Austria Austria PROPN NNP 2 nsubj
      supports support VERB VBZ 0 root
      Ukraine Ukraine PROPN NNP 2 obj
      . . PUNCT . 2 punct`], { actors: [country([0, 1], 'AUT'), country([2, 3], 'UKR')] });
    expect(codeEvents(doc, lexicon).events.map((e) => e.event)).toEqual(['SUPPORT']);
  });
});

describe('codeEvents, what a report asserts', () => {
  const report = (aux: string) => parsedDoc([`
      Putin Putin PROPN NNP ${aux ? 3 : 2} nsubj
      ${aux ? `${aux} ${aux} AUX MD 3 aux` : ''}
      ${aux ? 'say say VERB VB' : 'said say VERB VBD'} 0 root
      that that SCONJ IN ${aux ? 6 : 5} mark
      Russia Russia PROPN NNP ${aux ? 6 : 5} nsubj
      attacked attack VERB VBD ${aux ? 3 : 2} ccomp
      Kharkiv Kharkiv PROPN NNP ${aux ? 6 : 5} obj
      . . PUNCT . ${aux ? 3 : 2} punct`.replace(/\n\s*\n/g, '\n')], { actors: [putin([0, 1]), country([aux ? 4 : 3, aux ? 5 : 4], 'RUS')] });

  it('codes the content of a past report as asserted', () => {
    expect(codeEvents(report(''), lexicon).events.map((e) => [e.event, e.hypothetical])).toEqual([['ASSAULT', false]]);
  });

  it.each(['will', 'might'])('does not assert what a report with "%s" would say', (aux) => {
    const [event] = codeEvents(report(aux), lexicon).events;
    expect(event).toMatchObject({ event: 'ASSAULT', hypothetical: true });
    expect(event.why).toContain(`reported by "${aux} say": not asserted`);
  });
});

describe('codeEvents, acts told as descriptions', () => {
  const tariffs = (xpos: string, rel: string) => parsedDoc([`
      The the DET DT 2 det
      tariffs tariff NOUN NNS 6 nsubj
      imposed impose VERB ${xpos} 2 ${rel}
      by by ADP IN 5 case
      China China PROPN NNP 3 obl:agent
      remain remain VERB VBP 0 root
      . . PUNCT . 6 punct`], { actors: [country([4, 5], 'CHN')] });

  it('takes a participle with its agent that describes a noun as background', () => {
    const [event] = codeEvents(tariffs('VBN', 'acl'), lexicon).events;
    expect(event.historical).toBe(true);
    expect(event.why).toContain('a participle with its agent describes "tariffs"');
  });

  it('codes the same act told by a finite passive as an event of the day', () => {
    const doc = parsedDoc([`
      Tariffs tariff NOUN NNS 3 nsubj:pass
      were be AUX VBD 3 aux:pass
      imposed impose VERB VBN 0 root
      by by ADP IN 5 case
      China China PROPN NNP 3 obl:agent
      . . PUNCT . 3 punct`], { actors: [country([4, 5], 'CHN')] });
    expect(codeEvents(doc, lexicon).events.map((e) => e.historical)).toEqual([false]);
  });
});

describe('codeEvents, one consultation or several', () => {
  const scholz = (tokens: [number, number]): ActorSpec => ({ sent: 0, tokens, id: 'scholz', name: 'Olaf Scholz', code: 'DEU', sector: 'GOV' });
  const calls = (noun: string, lemma: string) => parsedDoc([`
      Putin Putin PROPN NNP 2 nsubj
      had have VERB VBD 0 root
      telephone telephone NOUN NN 4 compound
      ${noun} ${lemma} NOUN NNS 2 obj
      with with ADP IN 6 case
      Macron Macron PROPN NNP 4 nmod
      and and CCONJ CC 8 cc
      Scholz Scholz PROPN NNP 6 conj
      . . PUNCT . 2 punct`], { actors: [putin([0, 1]), macron([5, 6]), scholz([7, 8])] });

  it('codes plural conversations with several partners as one call with each', () => {
    const { events } = codeEvents(calls('conversations', 'conversation'), lexicon);
    expect(events.map((e) => [e.event, codes(e.actors).join('+')])).toEqual([['CONSULT', 'FRAGOV+RUSGOV'], ['CONSULT', 'DEUGOV+RUSGOV']]);
    expect(events[1].why).toContain('one with Olaf Scholz');
  });

  it('codes talks with several partners as one consultation', () => {
    const { events } = codeEvents(calls('talks', 'talk'), lexicon);
    expect(events.map((e) => codes(e.actors).join('+'))).toEqual(['DEUGOV+FRAGOV+RUSGOV']);
  });

  // "I spoke with Prime Minister … Boris Johnson and Prime Minister … Mario Draghi": a speech's day of calls.
  const spoke = (subject: string) => parsedDoc([`
      ${subject} ${subject.toLowerCase()} PRON PRP 2 nsubj
      spoke speak VERB VBD 0 root
      with with ADP IN 4 case
      Macron Macron PROPN NNP 2 obl
      and and CCONJ CC 6 cc
      Scholz Scholz PROPN NNP 4 conj
      . . PUNCT . 2 punct`], { actors: [{ ...putin([0, 1]), name: subject }, macron([3, 4]), scholz([5, 6])] });

  it('codes a speaker\'s "I spoke with A and B" as one call with each', () => {
    const { events } = codeEvents(spoke('I'), lexicon);
    expect(events.map((e) => codes(e.actors).join('+'))).toEqual(['FRAGOV+RUSGOV', 'DEUGOV+RUSGOV']);
  });

  it('codes "they spoke with A and B" as one joint call', () => {
    const { events } = codeEvents(spoke('They'), lexicon);
    expect(events.map((e) => codes(e.actors).join('+'))).toEqual(['DEUGOV+FRAGOV+RUSGOV']);
  });
});

describe('codeEvents, relative clauses and comma splices', () => {
  const sentence = (joint: string) => parsedDoc([`
      Zelensky Zelensky PROPN NNP 2 nsubj
      asked ask VERB VBD 0 root
      for for ADP IN 4 case
      systems system NOUN NNS 2 obl
      ${joint}
      Trump Trump PROPN NNP 7 nsubj
      agreed agree VERB VBD 4 acl:relcl
      to to PART TO 9 mark
      supply supply VERB VB 7 xcomp
      . . PUNCT . 2 punct`], { actors: [country([0, 1], 'UKR'), country([5, 6], 'USA')] });

  it('drops an act told in a relative clause that describes the argument of another act', () => {
    const { events, rejected } = codeEvents(sentence('which which PRON WDT 9 obj'), lexicon);
    expect(events.map((e) => e.event)).toEqual(['REQUEST']);
    expect(rejected.map((r) => r.ruleId)).toContain('events/describes-argument');
  });

  it('keeps a clause after a comma with its own subject and no relative word: a second sentence, misparsed', () => {
    const { events } = codeEvents(sentence(', , PUNCT , 7 punct'), lexicon);
    expect(events.map((e) => e.event)).toEqual(['REQUEST', 'AGREE']);
  });
});

describe('codeEvents, quotations and readout parties', () => {
  const quotedThey = () => parsedDoc([`
      They they PRON PRP 2 nsubj
      attacked attack VERB VBD 6 ccomp
      Kyiv Kyiv PROPN NNP 2 obj
      , , PUNCT , 2 punct
      Zelensky Zelensky PROPN NNP 6 nsubj
      said say VERB VBD 0 root
      . . PUNCT . 6 punct`], { actors: [{ sent: 0, tokens: [4, 5], id: 'zelensky', name: 'Volodymyr Zelensky', code: 'UKR', sector: 'GOV' }, country([2, 3], 'UKR')] });

  it('takes a pronoun outside quotation marks as the speaker, but not a "they" inside them', () => {
    const plain = quotedThey();
    expect(codeEvents(plain, lexicon).events.map((e) => codes(e.actors))).toEqual([['UKRGOV']]);
    const quoted = quotedThey();
    const [first, comma] = [quoted.layers.tokens[0], quoted.layers.tokens[3]];
    Object.assign(quoted.layers, { quotes: [{ kind: 'direct', start: first.start, end: comma.start, sent: 0, closed: true, reasons: [], why: 'test' }] });
    expect(codeEvents(quoted, lexicon).events).toEqual([]);
  });

  it('takes a quoted "we" as the speaker, not an actor the same quotation names before it', () => {
    const doc = parsedDoc([`
      As as SCONJ IN 3 mark
      Russia Russia PROPN NNP 3 nsubj
      says say VERB VBZ 6 advcl
      , , PUNCT , 6 punct
      we we PRON PRP 6 nsubj
      request request VERB VBP 10 ccomp
      talks talk NOUN NNS 6 obj
      , , PUNCT , 10 punct
      Zelensky Zelensky PROPN NNP 10 nsubj
      said say VERB VBD 0 root
      . . PUNCT . 10 punct`], { actors: [country([1, 2], 'RUS'), { sent: 0, tokens: [8, 9], id: 'zelensky', name: 'Volodymyr Zelensky', code: 'UKR', sector: 'GOV' }] });
    const [first, comma] = [doc.layers.tokens[0], doc.layers.tokens[7]];
    Object.assign(doc.layers, { quotes: [{ kind: 'direct', start: first.start, end: comma.start, sent: 0, closed: true, reasons: [], why: 'test' }] });
    const request = codeEvents(doc, lexicon).events.find((e) => e.event === 'REQUEST');
    expect(request && codes(request.actors)).toEqual(['UKRGOV']);
    expect(request?.why).toContain('taken as the speaker');
  });

  it('gives an official site\'s own "we" no actor the same words name before it', () => {
    const doc = () => parsedDoc([`
      As as SCONJ IN 3 mark
      Russia Russia PROPN NNP 3 nsubj
      says say VERB VBZ 6 advcl
      , , PUNCT , 6 punct
      we we PRON PRP 6 nsubj
      request request VERB VBP 0 root
      talks talk NOUN NNS 6 obj
      . . PUNCT . 6 punct`], { actors: [country([1, 2], 'RUS')] });
    const request = (d: ReturnType<typeof doc>) => codeEvents(d, lexicon).events.find((e) => e.event === 'REQUEST');
    expect(codes(request(doc())?.actors ?? [])).toEqual(['RUS']);
    const site = doc();
    Object.assign(site.layers, { discourse: { publisher: { site: 'president.gov.ua', code: 'UKR', office: 'president' }, mentions: [] } });
    expect(request(site)).toBeUndefined();
  });

  it('makes a meeting party that is a passive subject the recipient of the readout\'s implicit act', () => {
    const doc = parsedDoc([`
      Putin Putin PROPN NNP 2 nsubj
      met meet VERB VBD 0 root
      Macron Macron PROPN NNP 2 obj
      . . PUNCT . 2 punct`, `
      Macron Macron PROPN NNP 3 nsubj:pass
      was be AUX VBD 3 aux:pass
      invited invite VERB VBN 0 root
      . . PUNCT . 3 punct`], { actors: [putin([0, 1]), macron([2, 3]), macron([0, 1], 1)] });
    const members = doc.layers.actors.slice(0, 2);
    const participants = { members, sent: 0, reason: { rule: 'discourse/meeting', fields: {} } };
    Object.assign(doc.layers, { discourse: { publisher: { site: 'kremlin.ru', code: 'RUS', office: 'president' }, participants, mentions: [] } });
    const invited = codeEvents(doc, lexicon).events.find((e) => e.sent === 1);
    expect(invited && { actors: codes(invited.actors), recipients: codes(invited.recipients) }).toEqual({ actors: ['RUSGOV'], recipients: ['FRAGOV'] });
  });
});
