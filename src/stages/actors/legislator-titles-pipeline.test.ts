import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { resolvedActors } from '../discourse/merge.js';

/**
 * Session 61, ev-names (#12): a person the knowledge base lacks is coded by the title before the name, as "Tory MP
 * Graham Brady" was; "Tory backbencher Graham Brady" and "Green MEP Caroline Lucas" were left uncoded (BBC training gold:
 * "MEP" 47 times, "backbencher(s)" 41), because neither noun was an agent (data/agents.tsv).
 */
describe('legislators titled "backbencher" or "MEP" through the pipeline', () => {
  const pipeline = defaultPipeline({ layers: ['discourse'] });
  const mentions = (text: string, date = '2005-03-03'): string[] => {
    const doc = pipeline.run(makeDoc({ text, meta: { date } }));
    return resolvedActors(doc).map((m) => `${text.slice(m.start, m.end)} = ${m.code ?? '-'} ${m.sector ?? '-'}`);
  };

  const roles = (text: string): (string | undefined)[] => {
    const doc = pipeline.run(makeDoc({ text, meta: { date: '2005-03-03' } }));
    return (doc.layers.actors ?? []).map((a) => a.role);
  };

  it.each([
    ['Tory backbencher Graham Brady criticised the government.', 'Tory backbencher'],
    ['Green MEP Caroline Lucas welcomed the plan in London.', 'MEP'],
  ])('the title is the unknown person\'s role, as "Tory MP" is: %s', (text, role) => {
    expect(roles(text)).toContain(role);
  });

  it('an MEP is a legislator of the story\'s country', () => {
    expect(mentions('Green MEP Caroline Lucas welcomed the plan in London.')).toContain('MEP Caroline Lucas = GBR LEG');
  });
});
