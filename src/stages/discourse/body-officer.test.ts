import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { resolvedActors } from './merge.js';

// Made-up sentences through the real pipeline: the code a person's mention ends with (discourse merged in).
const pipeline = defaultPipeline({ layers: ['actors', 'discourse'] });
const codeOf = (text: string, name: string): string | undefined => {
  const doc = pipeline.run(makeDoc({ text, meta: { date: '1987-06-02' } }));
  const m = resolvedActors(doc).find((x) => doc.text.slice(x.start, x.end).endsWith(name));
  return m?.code ? `${m.code}${m.sector ?? ''}` : undefined;
};

describe('a person named after a body and its title', () => {
  it('issue-12: "central bank general manager Carlos Ruiz" in a Lima story speaks for the central bank', () => {
    expect(codeOf('LIMA, June 2 - The World Bank has suspended loans to Peru, central bank general manager Carlos Ruiz said.', 'Carlos Ruiz')).toBe('PERGOV');
  });

  it('gives no code to a person named with no body and title before', () => {
    expect(codeOf('Carlos Ruiz met the World Bank in Washington.', 'Carlos Ruiz')).toBeUndefined();
  });
});

describe('a person set off after their title', () => {
  it.each([
    ["Kenya's Minister of State for Finance, John Mwangi, said substantial progress was made today.", 'KENGOV'],
    ['The chairman of the Kenya Farmers Union, John Mwangi, said substantial progress was made today.', 'KENLAB'],
    ["Kenya's Minister for Foreign Affairs, John Mwangi, said progress was made.", 'KENGOV'],
    ['Mubarak met the head of the Arab League, John Mwangi.', 'IGOARL'],
  ])('issue-12: "%s" gives John Mwangi %s', (text, code) => {
    expect(codeOf(text, 'John Mwangi')).toBe(code);
  });

  it('gives no code from a body that is no title ("In the Kenya Farmers Union, John Mwangi, …")', () => {
    expect(codeOf('After talks with the Kenya Farmers Union, John Mwangi, a farmer, said progress was made.', 'John Mwangi')).toBeUndefined();
  });

  it.each([
    ["Uganda protested to Kenya's Minister of Finance only, John Mwangi, the farmers' leader, said."],
    ["Present were Kenya's Minister of Finance, John Mwangi, a farmer, and Peter Otieno, a trader."],
  ])('gives no code across a lower-case word or to a name with its own apposition: "%s"', (text) => {
    expect(codeOf(text, 'John Mwangi')).toBeUndefined();
  });
});
