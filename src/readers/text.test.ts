import { describe, expect, it } from 'vitest';
import { collect, sourceOf } from './test-source.js';
import { readText } from './text.js';

describe('readText', () => {
  it('takes the date from a ` date YYYY-MM-DD ` header and leaves it out of the text', async () => {
    const [result] = await collect(readText(sourceOf(' date 2020-06-26 MOSCOW, June 26. /TASS/. Talks were held.\n')));
    expect(result.ok && result.doc.meta.date).toBe('2020-06-26');
    expect(result.ok && result.doc.text).toBe('MOSCOW, June 26. /TASS/. Talks were held.');
  });

  it('reads text without a header as it is', async () => {
    const [result] = await collect(readText(sourceOf('Leaders met in Paris.\n\nThey agreed.')));
    expect(result.ok && result.doc.text).toBe('Leaders met in Paris.\n\nThey agreed.');
    expect(result.ok && result.doc.meta.date).toBeUndefined();
  });

  it('reads Latin-1 bytes that are not UTF-8', async () => {
    const [result] = await collect(readText(sourceOf(Buffer.from('Caf\xe9 owners protested.', 'latin1'))));
    expect(result.ok && result.doc.text).toBe('Café owners protested.');
  });

  it.each([['an empty file', '  \n'], ['a word list', 'amex\nase\nnyse\n']])('rejects %s with a coded error naming the file', async (_, content) => {
    const [result] = await collect(readText(sourceOf(content, 'list.txt')));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('E015');
    expect(!result.ok && result.error.message).toContain('list.txt');
  });
});
