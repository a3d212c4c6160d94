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

  it.each([
    ['the interlocutors (a plural noun of the parties)', ['The the DET DT 2 det', 'interlocutors interlocutor NOUN NNS 3 nsubj'], 'AGREE'],
    ['officials (one side\'s people)', ['US US PROPN NNP 2 compound', 'officials official NOUN NNS 3 nsubj'], 'REQUEST'],
  ])('by %s', (_, subject, type) => {
    const us: ActorSpec[] = [{ sent: 0, tokens: [0, 2], id: 'us', name: 'United States', code: 'USA', sector: 'GOV' }];
    const { events } = stressedNeed(subject, us, toContinue(5));
    expect(events.map((e) => e.event)).toContain(type);
    expect(events.some((e) => e.reasons.some((r) => r.rule === 'events/shared-need'))).toBe(type === 'AGREE');
  });

  it('by the parties together, for a third party to act, stays a demand of it ("the need for Ukraine to receive weapons")', () => {
    const ukraine: ActorSpec[] = [...xiAndBiden, { sent: 0, tokens: [7, 8], id: 'ukr', name: 'Ukraine', code: 'UKR' }];
    const forUkraine = ['for for SCONJ IN 10 mark', 'Ukraine Ukraine PROPN NNP 10 nsubj', 'to to PART TO 10 mark',
      'receive receive VERB VB 6 acl', 'weapons weapon NOUN NNS 10 obj'];
    const { events } = stressedNeed(bothSubject, ukraine, forUkraine);
    expect(events.some((e) => e.reasons.some((r) => r.rule === 'events/shared-need'))).toBe(false);
  });
});
