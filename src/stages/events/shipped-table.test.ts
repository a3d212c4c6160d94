import { describe, expect, it } from 'vitest';
import { shippedTable } from './shipped-table.js';

describe('shippedTable: a data file of the events stage, parsed on first use (#13)', () => {
  it('parses the file once, from its path under the stage\'s data folder, and returns that table after', () => {
    const paths: string[] = [];
    const load = shippedTable('wars.tsv', (text, path) => {
      paths.push(path);
      return { lines: text.split('\n').length };
    });
    expect(paths).toEqual([]);
    const first = load();
    expect(load()).toBe(first);
    expect(paths).toHaveLength(1);
    expect(paths[0]).toMatch(/src[/\\]stages[/\\]events[/\\]data[/\\]wars\.tsv$/);
  });

  it('reports a file that is not there with E040 naming it, and tries again on the next call', () => {
    const load = shippedTable('no-such-table.tsv', (text) => text);
    expect(() => load()).toThrow(expect.objectContaining({ code: 'E040', message: expect.stringContaining('no-such-table.tsv') }));
    expect(() => load()).toThrow(expect.objectContaining({ code: 'E040' }));
  });

  it('lets the parser\'s own error through', () => {
    const load = shippedTable('wars.tsv', () => {
      throw new RangeError('bad row');
    });
    expect(() => load()).toThrow('bad row');
  });
});
