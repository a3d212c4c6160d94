import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';

// Made-up sentences through the real pipeline: the parser's attachments are what the rules must survive.
const pipeline = defaultPipeline({ layers: ['events'] });
const coded = (text: string) => (pipeline.run(makeDoc({ text, meta: { date: '2023-03-03' } })).layers.events?.events ?? [])
  .filter((e) => !e.negated)
  .map((e) => `${e.event} ${e.actors.map((a) => a.code).join('+')} -> ${e.recipients.map((r) => r.code).join('+')}`);

// #12 (session 53, review): a verb of praise over an act noun is praise (PLOVER SUPPORT, CAMEO 051) of the act's doer;
// CAMEO's ACCLAIM rows read "hailed the arrest" as disapproval (110) of whom it fell on (data/verbs.txt ACCLAIM).
describe('praise of an act is support for its doer', () => {
  it.each([
    ['Germany praised the arrest of the suspects by the French police.', 'SUPPORT DEU -> FRA'],
    ["Iran praised Hezbollah's attacks on Israel.", 'SUPPORT IRN -> LBN'],
    // The hostile act praised is the verb's object: its "by" doer is praised, not passed over as in sympathy "for" it.
    ['Britain hailed the attack by the United States.', 'SUPPORT GBR -> USA'],
  ])('"%s"', (text, event) => {
    expect(coded(text)).toContain(event);
  });

  it('blame of the same act keeps its sense from the verb ("condemned the arrest … by the Russian police")', () => {
    expect(coded('Germany condemned the arrest of the journalists by the Russian police.')).toContain('ACCUSE DEU -> RUS');
  });
});

// #12 (session 53, review): the act judged is addressed to whoever did it; whom it was done to ("the attacks on Israel",
// "the attacks on our country") is its victim, never the recipient of the praise or blame.
describe('a judged hostile act\'s victim is not the recipient', () => {
  it.each([
    ['Hamas hailed the attacks on Israel.', 'SUPPORT PSE -> ISR'],
    ['Egypt condemned the attack against Israel.', 'ACCUSE EGY -> ISR'],
    ['Germany condemned the invasion of Ukraine.', 'ACCUSE DEU -> UKR'],
    ['Hamas hailed the killing of Israeli soldiers.', 'SUPPORT PSE -> ISR'],
  ])('"%s" (was %s)', (text, wrong) => {
    const events = coded(text);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatch(new RegExp(`^${wrong.split(' -> ')[0]} -> $`));
  });

  it('the first person in a transcript turn condemning attacks on "our country" does not address the speaker\'s own country', () => {
    const text = 'Press statements following Russian-Armenian talks\n\nNikol Pashinyan: Mr President, colleagues, we discussed trade and the situation in the region. We condemn the attacks on our country.';
    const events = pipeline.run(makeDoc({ text, meta: { date: '2022-05-01', source: 'kremlin.ru' } })).layers.events?.events ?? [];
    const accuse = events.filter((e) => e.event === 'ACCUSE').map((e) => `${e.actors.map((a) => a.code).join('+')} -> ${e.recipients.map((r) => r.code).join('+')}`);
    expect(accuse).toHaveLength(1);
    expect(accuse).not.toContain('ARM -> ARM');
  });

  it('the doer named by "by" is still the recipient when a victim is named too', () => {
    expect(coded('The United States condemned the attacks against Israel by Iran.')).toContain('ACCUSE USA -> IRN');
  });

  it('an "of" that names the doer of an act noun still names the recipient ("the aggression of the Russian Federation")', () => {
    expect(coded('Poland condemned the aggression of the Russian Federation.')).toContain('ACCUSE POL -> RUS');
  });

  it('sympathy "for" a hostile act still goes to its victims', () => {
    expect(coded('Macron offered condolences for the attacks on Israel.')).toContain('SUPPORT FRA -> ISR');
  });
});

// #12 (session 53, review b of ev-praise, #1): an act that befalls someone (rule-words `undergone-act`: "the capture of
// the IS leader", "India's defeat") is praised for its doer; whom it befell, named by its "of" phrase or, with none, its
// possessor or nationality, is never the recipient.
describe('praise of an undergone act is not support for whom it befell', () => {
  it.each([
    ['Biden praised the capture of the Islamic State leader.', 'SUPPORT USA -> '],
    ['Ukraine hailed the defeat of Russian forces near Kharkiv.', 'SUPPORT UKR -> '],
    ["Pakistan hailed India's defeat in the cricket final.", 'SUPPORT PAK -> '],
    ['Washington welcomed the arrest of the opposition leader.', 'SUPPORT USA -> '],
    ['Biden praised the capture of the Islamic State leader by US special forces.', 'SUPPORT USA -> USA'],
  ])('"%s"', (text, event) => {
    expect(coded(text)).toEqual([event]);
  });

  // review d #1: only a defeat, demise or ousting befalls its possessor; an arrest or execution is its possessor's act.
  it.each([
    ["Germany condemned Iran's executions.", 'ACCUSE DEU -> IRN'],
    ['The United States condemned the Chinese arrests in Hong Kong.', 'ACCUSE USA -> CHN'],
  ])('"%s": the possessor or nationality of an arrest or execution is its doer', (text, event) => {
    expect(coded(text)).toEqual([event]);
  });

  it('a nationality on the act with an "of" phrase names its doer ("the US capture of …")', () => {
    expect(coded('Russia hailed the US capture of the Islamic State leader.')).toEqual(['SUPPORT RUS -> USA']);
  });
});
