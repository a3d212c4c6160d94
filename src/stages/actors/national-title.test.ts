import { describe, expect, it } from 'vitest';
import { runActors as run } from '../../../test/support/actors-run.js';

const codeOf = (result: ReturnType<typeof run>, words: string, nth = 0) => {
  const m = result.mentions.filter((x) => result.text.slice(x.start, x.end).includes(words))[nth];
  return m ? `${m.code ?? ''} ${m.sector ?? ''}`.trim() : undefined;
};

// A UK body's name is British only in a story that names Britain (national-body-guard.ts): the stories say so.
describe('nationallyTitledPeople', () => {
  it.each([
    ['Shadow chancellor Oliver Letwin said the plan was wrong.', ['Oliver Letwin'], 'Letwin', 'GBR OPP'],
    ['Lord Falconer said it was fair.', ['Falconer'], 'Falconer', 'GBR LEG'],
    ['Liberal Democrat home affairs spokesman Mark Oaten said the British plan was dangerous.', ['Mark Oaten'], 'Mark Oaten', 'GBR OPP'],
    ['Lib Dem constitutional affairs committee chairman Alan Beith warned British ministers.', ['Alan Beith'], 'Alan Beith', 'GBR OPP'],
    ['Liberal Democrat Alan Beith said so in London.', ['Alan Beith'], 'Alan Beith', 'GBR OPP'],
    ['Vincent Cable, for the Liberal Democrats, called on British ministers to act.', ['Vincent Cable'], 'Vincent Cable', 'GBR OPP'],
    ['Carl Emmerson, from the Institute for Fiscal Studies, said so in London.', ['Carl Emmerson'], 'Carl Emmerson', 'GBR NGO'],
    ['Shadow home secretary Tom Green warned of the risks.', ['Tom Green'], 'Tom Green', 'GBR OPP'],
    ['The Conservative shadow rural affairs minister Tom Green attacked the plan.', ['Tom Green'], 'Tom Green', 'GBR OPP'],
    // "and" inside one office (review of session 41): the word before it is no title.
    ['Conservative shadow work and pensions secretary Tom Green accused Gordon Brown.', ['Tom Green'], 'Tom Green', 'GBR OPP'],
    // A country named as a place is no other country's story.
    ['Shadow home secretary Tom Green criticised the war in Iraq.', ['Tom Green'], 'Tom Green', 'GBR OPP'],
  ])('issue-12: %s: "%s" takes its country', (text, people, words, code) => {
    expect(codeOf(run(text, undefined, people), words)).toBe(code);
  });

  it.each([
    ['The talks stood in the shadow of the foreign minister Ali Karimi, who said so.', 'Ali Karimi'],
    ['Shadow boxing coach and club secretary Tom Green said so.', 'Tom Green'],
    // Only "shadow" opens an office, and "Lord" titles with its capital only (review of session 41).
    ['Former drug lord turned police chief Tom Green criticised the plan.', 'Tom Green'],
    ['The drug lord Tom Green said so.', 'Tom Green'],
    // Another country's office: its nationality, or a story of another country's capital and actors, not Britain's.
    ['Australian shadow foreign affairs minister Tom Green criticised the plan.', 'Tom Green'],
    ['Canberra: the shadow foreign affairs minister Tom Green criticised John Howard.', 'Tom Green'],
  ])('issue-12: "shadow" opens no office across joining words or capitals: %s', (text, person) => {
    const mention = run(text, undefined, [person]).mentions.find((m) => text.slice(m.start, m.end).includes(person));
    expect(mention).toBeDefined();
    expect(mention?.code).toBeUndefined();
  });

  it('a later mention of the same person follows the first ("Mr Letwin")', () => {
    const result = run('Shadow chancellor Oliver Letwin spoke. Mr Letwin said the plan was wrong.', undefined, ['Oliver Letwin']);
    expect(codeOf(result, 'Mr Letwin')).toBe('GBR OPP');
  });

  it.each([
    ['Labour won. John Smith said so.', ['John Smith'], 'John Smith'],
    ['Labour hopes Tony Smith and other voters will say so.', ['Tony Smith'], 'Tony Smith'],
    ['Tony Smith, for all the Labour talk, said so.', ['Tony Smith'], 'Tony Smith'],
    ['Jane Smith, from Amnesty International, said so.', ['Jane Smith'], 'Jane Smith'],
    ['Amnesty International researcher Jane Smith said so.', ['Jane Smith'], 'Jane Smith'],
  ])('a body in another sentence, with other words between or of no one country gives no country: %s', (text, people, words) => {
    expect(codeOf(run(text, undefined, people), words)).toBe('');
  });
});
