import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();

/** "<Subject> stressed the importance of <complement> ." with the subject's tokens and the complement's rows. */
function stressed(subject: string[], actors: ActorSpec[], complement: string[]) {
  const verb = subject.length + 1;
  const noun = verb + 2;
  const rows = [
    ...subject,
    `stressed stress VERB VBD 0 root`,
    `the the DET DT ${noun} det`,
    `importance importance NOUN NN ${verb} obj`,
    ...complement.map((row) => row.replace(/\{noun\}/g, String(noun))),
    `. . PUNCT . ${verb} punct`,
  ];
  return codeEvents(parsedDoc([rows.join('\n')], { actors }), lexicon);
}

const president: ActorSpec[] = [{ sent: 0, tokens: [0, 1], id: 'biden', name: 'Joe Biden', code: 'USA', sector: 'GOV' }];
const leaders: ActorSpec[] = [
  { sent: 0, tokens: [0, 1], id: 'biden', name: 'Joe Biden', code: 'USA', sector: 'GOV' },
  { sent: 0, tokens: [2, 3], id: 'lapid', name: 'Yair Lapid', code: 'ISR', sector: 'GOV' },
];
/** "of taking steps": a gerund clause, an act to be done; `{gerund}` is its 1-based position. */
const actToDo = ['of of SCONJ IN {gerund} mark', 'taking take VERB VBG {noun} acl', 'steps step NOUN NNS {gerund} obj'];
const withGerund = (rows: string[], at: number) => rows.map((r) => r.replace('{gerund}', String(at)));

describe('the importance of an act, stressed', () => {
  it('by one party is a call for it (REQUEST), with its reason', () => {
    const { events } = stressed(['Biden Biden PROPN NNP 2 nsubj'], president, withGerund(actToDo, 6));
    const stress = events.find((e) => e.reasons.some((r) => r.rule === 'events/importance-appeal'));
    expect(stress?.event).toBe('REQUEST');
    expect(stress?.cameo).toBe('020');
  });

  it('by one party the parser left without a subject relation is a call for it (REQUEST)', () => {
    // "When discussing …, Vladimir Putin emphasised …": the name hangs on the opening clause's verb, not as nsubj.
    const subject = ['Joe Joe PROPN NNP 3 dep', 'Biden Biden PROPN NNP 1 flat'];
    const joeBiden: ActorSpec[] = [{ ...president[0], tokens: [0, 2] }];
    const { events } = stressed(subject, joeBiden, withGerund(actToDo, 7));
    expect(events.find((e) => e.reasons.some((r) => r.rule === 'events/importance-appeal'))?.event).toBe('REQUEST');
  });

  it('by parties the parser left without a subject relation stays their shared intent (AGREE)', () => {
    const subject = ['leaders leader NOUN NNS 2 dep'];
    const { events } = stressed(subject, president, withGerund(actToDo, 6));
    expect(events.map((e) => e.event)).toContain('AGREE');
    expect(events.some((e) => e.reasons.some((r) => r.rule === 'events/importance-appeal'))).toBe(false);
  });

  it('by two names the parser left without a subject relation stays their shared intent ("Discussing war, Biden and Lapid stressed …")', () => {
    // The parser hangs the first name on the opening clause and the second on it as a conjunct; the token before
    // the verb is the last conjunct.
    const subject = ['Discussing discuss VERB VBG 7 advcl', 'war war NOUN NN 1 obj', ', , PUNCT , 4 punct', 'Biden Biden PROPN NNP 1 parataxis',
      'and and CCONJ CC 6 cc', 'Lapid Lapid PROPN NNP 4 conj'];
    const both: ActorSpec[] = [{ ...leaders[0], tokens: [3, 4] }, { ...leaders[1], tokens: [5, 6] }];
    const { events } = stressed(subject, both, withGerund(actToDo, 11));
    expect(events.map((e) => e.event)).toContain('AGREE');
    expect(events.some((e) => e.reasons.some((r) => r.rule === 'events/importance-appeal'))).toBe(false);
  });

  it('by one party after an opening clause ending in a place with no comma, names that party, not the place ("When asked about Ukraine President Biden stressed …")', () => {
    const subject = ['When when ADV WRB 2 advmod', 'asked ask VERB VBD 6 advcl', 'about about ADP IN 4 case', 'Ukraine Ukraine PROPN NNP 2 obl',
      'Biden Biden PROPN NNP 4 nmod'];
    const actors: ActorSpec[] = [{ sent: 0, tokens: [3, 4], id: 'ukr', name: 'Ukraine', code: 'UKR' }, { ...president[0], tokens: [4, 5] }];
    const { events } = stressed(subject, actors, withGerund(actToDo, 10));
    const appeal = events.find((e) => e.reasons.some((r) => r.rule === 'events/importance-appeal'));
    expect(appeal?.event).toBe('REQUEST');
    const why = JSON.stringify(appeal?.reasons.find((r) => r.rule === 'events/importance-appeal'));
    expect(why).toContain('Biden');
    expect(why).not.toContain('Ukraine');
  });

  it('by one party after an opening clause the parser took for the subject, names that party ("Talking to reporters Xi stressed …")', () => {
    const subject = ['Talking talk VERB VBG 5 csubj', 'to to ADP IN 3 case', 'reporters reporter NOUN NNS 1 obl', 'Xi Xi PROPN NNP 3 nmod'];
    const xi: ActorSpec[] = [{ sent: 0, tokens: [3, 4], id: 'xi', name: 'Xi Jinping', code: 'CHN', sector: 'GOV' }];
    const { events } = stressed(subject, xi, withGerund(actToDo, 9));
    const why = JSON.stringify(events.flatMap((e) => e.reasons).find((r) => r.rule === 'events/importance-appeal'));
    expect(why).toContain('Xi Jinping');
    expect(why.toLowerCase()).not.toContain('talking');
  });

  it('by the parties together stays their shared intent (AGREE)', () => {
    const subject = ['Biden Biden PROPN NNP 4 nsubj', 'and and CCONJ CC 3 cc', 'Lapid Lapid PROPN NNP 1 conj'];
    const { events } = stressed(subject, leaders, withGerund(actToDo, 8));
    expect(events.map((e) => e.event)).toContain('AGREE');
    expect(events.some((e) => e.reasons.some((r) => r.rule === 'events/importance-appeal'))).toBe(false);
  });

  it('of a thing, by one party, is praise of it (SUPPORT): nothing is called for', () => {
    const { events } = stressed(['Biden Biden PROPN NNP 2 nsubj'], president, ['of of ADP IN 6 case', 'partnership partnership NOUN NN {noun} nmod']);
    expect(events.find((e) => e.reasons.some((r) => r.rule === 'events/importance-praise'))?.event).toBe('SUPPORT');
    expect(events.some((e) => e.event === 'REQUEST' || e.event === 'AGREE')).toBe(false);
  });

  it('of an act a noun names still to be done, by one party, is a call for it ("the importance of pressure")', () => {
    const { events } = stressed(['Biden Biden PROPN NNP 2 nsubj'], president, ['of of ADP IN 6 case', 'pressure pressure NOUN NN {noun} nmod']);
    expect(events.find((e) => e.reasons.some((r) => r.rule === 'events/importance-appeal'))?.event).toBe('REQUEST');
  });

  it('of a thing, by the parties together, stays their shared intent (AGREE)', () => {
    const subject = ['Biden Biden PROPN NNP 4 nsubj', 'and and CCONJ CC 3 cc', 'Lapid Lapid PROPN NNP 1 conj'];
    const { events } = stressed(subject, leaders, ['of of ADP IN 8 case', 'partnership partnership NOUN NN {noun} nmod']);
    expect(events.map((e) => e.event)).toContain('AGREE');
  });

  it('not stressed by the parties together is no refusal (a statement not made): a negated AGREE, not REJECT', () => {
    const verb = 6;
    const rows = ['Biden Biden PROPN NNP 6 nsubj', 'and and CCONJ CC 3 cc', 'Lapid Lapid PROPN NNP 1 conj', 'did do AUX VBD 6 aux', 'not not PART RB 6 advmod',
      'stress stress VERB VB 0 root', `the the DET DT ${verb + 2} det`, `importance importance NOUN NN ${verb} obj`, ...withGerund(actToDo, 10).map((r) => r.replace('{noun}', '8')),
      `. . PUNCT . ${verb} punct`];
    const { events } = codeEvents(parsedDoc([rows.join('\n')], { actors: leaders }), lexicon);
    expect(events.some((e) => e.event === 'REJECT')).toBe(false);
    expect(events.find((e) => e.event === 'AGREE')?.negated).toBe(true);
  });
});

/** "<Subject> stressed the need <complement> ." with the subject's tokens; the complement's heads are 1-based. */
function stressedNeed(subject: string[], actors: ActorSpec[], complement: string[]) {
  const verb = subject.length + 1;
  const rows = [...subject, 'stressed stress VERB VBD 0 root', `the the DET DT ${verb + 2} det`, `need need NOUN NN ${verb} obj`,
    ...complement, `. . PUNCT . ${verb} punct`];
  return codeEvents(parsedDoc([rows.join('\n')], { actors }), lexicon);
}

const xiAndBiden: ActorSpec[] = [
  { sent: 0, tokens: [0, 1], id: 'biden', name: 'Joe Biden', code: 'USA', sector: 'GOV' },
  { sent: 0, tokens: [2, 3], id: 'xi', name: 'Xi Jinping', code: 'CHN', sector: 'GOV' },
];
const bothSubject = ['Biden Biden PROPN NNP 4 nsubj', 'and and CCONJ CC 3 cc', 'Xi Xi PROPN NNP 1 conj'];
/** "to continue talks" after "need" (token 6 when the subject is three tokens long). */
const toContinue = (need: number) => [`to to PART TO ${need + 2} mark`, `continue continue VERB VB ${need} acl`, `talks talk NOUN NNS ${need + 2} obj`];

describe('the need of an act, stressed', () => {
  it('by the parties together is their shared intent (AGREE), with its reason', () => {
    const { events } = stressedNeed(bothSubject, xiAndBiden, toContinue(6));
    const need = events.find((e) => e.reasons.some((r) => r.rule === 'events/shared-need'));
    expect(need?.event).toBe('AGREE');
    expect(need?.cameo).toBe('030');
    expect(events.some((e) => e.event === 'REQUEST')).toBe(false);
  });

  it('by one party stays its demand (REQUEST)', () => {
    const { events } = stressedNeed(['Biden Biden PROPN NNP 2 nsubj'], president, toContinue(4));
    expect(events.map((e) => e.event)).toContain('REQUEST');
    expect(events.some((e) => e.reasons.some((r) => r.rule === 'events/shared-need'))).toBe(false);
  });

  it('by one side\'s people, however many, stays their demand ("Ugandan opposition leaders", "Three Republican senators")', () => {
    const uganda: ActorSpec[] = [{ sent: 0, tokens: [0, 3], id: 'uga', name: 'Uganda', code: 'UGA', sector: 'OPP' }];
    const subject = ['Ugandan Ugandan ADJ JJ 3 amod', 'opposition opposition NOUN NN 3 compound', 'leaders leader NOUN NNS 4 nsubj'];
    const { events } = stressedNeed(subject, uganda, toContinue(6));
    expect(events.map((e) => e.event)).toContain('REQUEST');
    expect(events.some((e) => e.reasons.some((r) => r.rule === 'events/shared-need'))).toBe(false);
  });

  it('by two people of one side, coordinated, stays their demand ("Biden and Blinken")', () => {
    const usTwice: ActorSpec[] = [
      { sent: 0, tokens: [0, 1], id: 'biden', name: 'Joe Biden', code: 'USA', sector: 'GOV' },
      { sent: 0, tokens: [2, 3], id: 'blinken', name: 'Antony Blinken', code: 'USA', sector: 'GOV' },
    ];
    const { events } = stressedNeed(['Biden Biden PROPN NNP 4 nsubj', 'and and CCONJ CC 3 cc', 'Blinken Blinken PROPN NNP 1 conj'], usTwice, toContinue(6));
    expect(events.map((e) => e.event)).toContain('REQUEST');
    expect(events.some((e) => e.reasons.some((r) => r.rule === 'events/shared-need'))).toBe(false);
  });

  it('by the meeting\'s parties as a group ("the interlocutors" resolved to both), with both named in the why', () => {
    const met = 'Biden Biden PROPN NNP 2 nsubj\nmet meet VERB VBD 0 root\nXi Xi PROPN NNP 2 obj\n. . PUNCT . 2 punct';
    const rows = ['The the DET DT 2 det', 'interlocutors interlocutor NOUN NNS 3 nsubj', 'stressed stress VERB VBD 0 root', 'the the DET DT 5 det',
      'need need NOUN NN 3 obj', ...toContinue(5), '. . PUNCT . 3 punct'];
    const actors: ActorSpec[] = [
      { sent: 0, tokens: [0, 1], id: 'biden', name: 'Joe Biden', code: 'USA', sector: 'GOV' },
      { sent: 0, tokens: [2, 3], id: 'xi', name: 'Xi Jinping', code: 'CHN', sector: 'GOV' },
      { sent: 1, tokens: [0, 2], id: 'group:sides', name: 'the interlocutors', members: ['biden', 'xi'] },
    ];
    const { events } = codeEvents(parsedDoc([met, rows.join('\n')], { actors }), lexicon);
    const need = events.find((e) => e.reasons.some((r) => r.rule === 'events/shared-need'));
    expect(need?.event).toBe('AGREE');
    expect(JSON.stringify(need?.reasons)).toContain('Xi Jinping');
    expect(JSON.stringify(need?.reasons)).toContain('Joe Biden');
  });

  it('not stressed by the parties together is no refusal: it stays a negated demand', () => {
    const subject = [...bothSubject.map((r) => r.replace(' 4 nsubj', ' 6 nsubj')), 'did do AUX VBD 6 aux', 'not not PART RB 6 advmod'];
    const verb = 6;
    const rows = [...subject, 'stress stress VERB VB 0 root', `the the DET DT ${verb + 2} det`, `need need NOUN NN ${verb} obj`, ...toContinue(8), `. . PUNCT . ${verb} punct`];
    const { events } = codeEvents(parsedDoc([rows.join('\n')], { actors: xiAndBiden }), lexicon);
    expect(events.some((e) => e.event === 'REJECT')).toBe(false);
    expect(events.some((e) => e.reasons.some((r) => r.rule === 'events/shared-need'))).toBe(false);
    expect(events.find((e) => e.event === 'REQUEST')?.negated).toBe(true);
  });

  it('by a pronoun, even one resolved to both parties, stays a demand ("They stressed the need …": a speech\'s "we" is one side)', () => {
    const both: ActorSpec[] = [{ sent: 0, tokens: [0, 1], id: 'group:they', name: 'they', members: ['biden', 'xi'] },
      { sent: 1, tokens: [0, 1], id: 'biden', name: 'Joe Biden', code: 'USA' }, { sent: 1, tokens: [2, 3], id: 'xi', name: 'Xi Jinping', code: 'CHN' }];
    const rows = ['They they PRON PRP 2 nsubj', 'stressed stress VERB VBD 0 root', 'the the DET DT 4 det', 'need need NOUN NN 2 obj', ...toContinue(4), '. . PUNCT . 2 punct'];
    const met = 'Biden Biden PROPN NNP 2 nsubj\nmet meet VERB VBD 0 root\nXi Xi PROPN NNP 2 obj\n. . PUNCT . 2 punct';
    const { events } = codeEvents(parsedDoc([rows.join('\n'), met], { actors: both }), lexicon);
    expect(events.some((e) => e.reasons.some((r) => r.rule === 'events/shared-need'))).toBe(false);
  });

  it('by the parties together, for others to act however the parser hangs it ("the need for Ukraine\'s partners to agree"), stays a demand', () => {
    const ukraine: ActorSpec[] = [...xiAndBiden, { sent: 0, tokens: [7, 8], id: 'ukr', name: 'Ukraine', code: 'UKR' }];
    // As the parser reads it: "for … partners" and "to agree" both hung on the verb.
    const rows = ['for for ADP IN 10 case', 'Ukraine Ukraine PROPN NNP 10 nmod:poss', "'s 's PART POS 8 case", 'partners partner NOUN NNS 4 obl',
      'to to PART TO 12 mark', 'agree agree VERB VB 4 advcl'];
    const { events } = stressedNeed(bothSubject, ukraine, rows);
    expect(events.some((e) => e.reasons.some((r) => r.rule === 'events/shared-need'))).toBe(false);
  });

  it('by the parties together, for a thing ("the need for continued dialogue"), is their shared intent', () => {
    const forDialogue = ['for for ADP IN 9 case', 'continued continue VERB VBN 9 amod', 'dialogue dialogue NOUN NN 6 nmod'];
    const { events } = stressedNeed(bothSubject, xiAndBiden, forDialogue);
    expect(events.find((e) => e.reasons.some((r) => r.rule === 'events/shared-need'))?.event).toBe('AGREE');
  });

  it('stressed by the parties together in the passive ("… was stressed by Biden and Xi") is their shared intent', () => {
    const rows = ['The the DET DT 2 det', 'need need NOUN NN 7 nsubj:pass', ...toContinue(2), 'was be AUX VBD 7 aux:pass', 'stressed stress VERB VBN 0 root',
      'by by ADP IN 9 case', 'Biden Biden PROPN NNP 7 obl:agent', 'and and CCONJ CC 11 cc', 'Xi Xi PROPN NNP 9 conj', '. . PUNCT . 7 punct'];
    const actors: ActorSpec[] = [
      { sent: 0, tokens: [8, 9], id: 'biden', name: 'Joe Biden', code: 'USA', sector: 'GOV' },
      { sent: 0, tokens: [10, 11], id: 'xi', name: 'Xi Jinping', code: 'CHN', sector: 'GOV' },
    ];
    const { events } = codeEvents(parsedDoc([rows.join('\n')], { actors }), lexicon);
    expect(events.find((e) => e.reasons.some((r) => r.rule === 'events/shared-need'))?.event).toBe('AGREE');
  });

  it('by the parties together, for a third party to act, stays a demand of it ("the need for Ukraine to receive weapons")', () => {
    const ukraine: ActorSpec[] = [...xiAndBiden, { sent: 0, tokens: [7, 8], id: 'ukr', name: 'Ukraine', code: 'UKR' }];
    const forUkraine = ['for for SCONJ IN 10 mark', 'Ukraine Ukraine PROPN NNP 10 nsubj', 'to to PART TO 10 mark',
      'receive receive VERB VB 6 acl', 'weapons weapon NOUN NNS 10 obj'];
    const { events } = stressedNeed(bothSubject, ukraine, forUkraine);
    expect(events.some((e) => e.reasons.some((r) => r.rule === 'events/shared-need'))).toBe(false);
  });
});
