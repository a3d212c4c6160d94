import { describe, expect, it } from 'vitest';
import { runActors as run } from '../../../test/support/actors-run.js';

const codeOf = (result: ReturnType<typeof run>, words: string, nth = 0) => {
  const m = result.mentions.filter((x) => result.text.slice(x.start, x.end).includes(words))[nth];
  return m ? `${m.code ?? ''} ${m.sector ?? ''}` : undefined;
};

describe('igoTitledPeople', () => {
  it.each([
    ['ATPC Chairman Subroto appealed to the United States to restrict its tin releases.', '1987-03-02', 'Subroto', 'IGO ATPC'],
    ['OPEC President Rilwanu Lukman said prices would hold.', '1987-06-02', 'Lukman', 'IGO OPEC'],
    ['Opec Conference President Rilwanu Lukman told reporters.', '1987-03-10', 'Lukman', 'IGO OPEC'],
    ['U.N. Secretary-General Javier Perez de Cuellar proposed an inquiry.', '1987-03-27', 'Cuellar', 'IGO UNO'],
    ['The Organisation of African Unity Chairman Denis Sassou-Nguesso said so.', '1987-06-16', 'Sassou', 'IGO AFU'],
  ])('issue-12: %s (%s): "%s" is %s', (text, date, words, code) => {
    expect(codeOf(run(text, date), words)).toBe(code);
  });

  it('a repeat of the name follows the organisation; a mention with its own nationality keeps it', () => {
    const result = run('OPEC President Rilwanu Lukman arrived. Lukman said prices would hold. Nigerian Oil Minister Lukman left.', '1987-06-02');
    expect(codeOf(result, 'Lukman', 1)).toBe('IGO OPEC');
    expect(codeOf(result, 'Nigerian Oil Minister Lukman')).toBe('NGA GOV');
  });

  it.each([
    ['OPEC member Nigeria\'s Oil Minister Rilwanu Lukman said prices would hold.', '1987-06-02', 'Lukman', 'NGA GOV'],
    ['ATPC, Chairman Subroto said.', '1987-03-02', 'Subroto', 'IDN GOV'],
    ['The ATPC met and Subroto said so.', '1987-03-02', 'Subroto', 'IDN GOV'],
  ])('keeps the knowledge base\'s country without an office of the organisation right before the name: %s', (text, date, words, code) => {
    expect(codeOf(run(text, date), words)).toBe(code);
  });
});
