/**
 * Readers for the PETRARCH2/Phoenix dictionary formats (petrarch2 `dictionaries.rst`): actor
 * records with `+` synonyms and tab-indented `[CODE dates]` restrictions, and the agents file of
 * common nouns with `[~CODE]`. Used by `npm run build:actors`.
 */

/** A Phoenix actor record: its phrases (primary first) and its coded, possibly dated restrictions. */
export interface PhoenixRecord {
  readonly phrases: string[];
  readonly restrictions: { code: string; from?: string; to?: string }[];
  readonly comment: string;
}

/** Phoenix dates are YYMMDD or YYYYMMDD; two-digit years up to 30 are 20xx (the files end in 2015). */
export function phoenixDate(text: string): string | undefined {
  let digits = text;
  if (digits.length === 6) digits = (Number(digits.slice(0, 2)) <= 30 ? '20' : '19') + digits;
  if (!/^\d{8}$/.test(digits)) return undefined;
  return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
}

function parseRestriction(body: string): { code: string; from?: string; to?: string } | undefined {
  // Nine Countries records write the open end with a space ("[USAGOV > 130701]"): read it as ">130701",
  // or the record has no code and merges into the next one (Susan Rice became the U.S. Trade Representative).
  const [code = '', range] = body.trim().replace(/([<>])\s+/, '$1').split(/\s+/);
  if (!/^[A-Z]{3,}$/.test(code)) return undefined;
  if (!range) return { code };
  if (range.startsWith('<')) {
    const to = phoenixDate(range.slice(1));
    return to ? { code, to } : undefined;
  }
  if (range.startsWith('>')) {
    const from = phoenixDate(range.slice(1));
    return from ? { code, from } : undefined;
  }
  const [a = '', b = ''] = range.split('-');
  const from = phoenixDate(a);
  const to = phoenixDate(b);
  return from && to ? { code, from, to } : undefined;
}

function phrase(text: string): string {
  return text.replace(/_+$/, '').replace(/_/g, ' ').trim();
}

/** Read a Phoenix `.actors.txt` file into records. */
export function parsePhoenixActors(text: string): PhoenixRecord[] {
  const records: PhoenixRecord[] = [];
  let current: PhoenixRecord | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const hash = raw.indexOf('#');
    const comment = hash >= 0 ? raw.slice(hash + 1) : '';
    const line = (hash >= 0 ? raw.slice(0, hash) : raw).replace(/\s+$/, '');
    if (line.trim() === '') continue;
    const codes = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => parseRestriction(m[1] ?? ''));
    const words = line.replace(/\[[^\]]*\]/g, '').trim();
    if (/^\s/.test(line) && !words) {
      current?.restrictions.push(...codes.filter((c) => c !== undefined));
    } else if (words.startsWith('+')) {
      current?.phrases.push(phrase(words.slice(1)));
    } else if (words) {
      // A primary phrase with no code of its own shares the codes of the record that follows it
      // (the files list spelling variants as consecutive primaries, e.g. under Gorbachev).
      const pending = current && current.restrictions.length === 0 ? current : undefined;
      current = { phrases: [...(pending?.phrases ?? []), phrase(words)], restrictions: codes.filter((c) => c !== undefined), comment: pending?.comment || comment };
      if (pending) records.pop();
      records.push(current);
    }
  }
  return records;
}

/** Read the Phoenix agents file: every noun form (with generated plurals) → its `~CODE`. */
export function parsePhoenixAgents(text: string): Map<string, string> {
  const substitutions = new Map<string, string[]>();
  const agents = new Map<string, string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    const sub = /^!(\w+)!\s*=\s*(.+)$/.exec(line);
    if (sub) {
      substitutions.set(sub[1] ?? '', (sub[2] ?? '').split(',').map((s) => s.trim()));
      continue;
    }
    const entry = /^([^[{]+?)\s*(?:\{([^}]*)\})?\s*\[~(\w+)\]/.exec(line);
    if (!entry) continue;
    const [, head = '', irregular, code = ''] = entry;
    const forms = expand(head, substitutions);
    // An explicit {…} gives the plurals (empty braces: none); otherwise regular plurals are made.
    const plurals = irregular !== undefined ? irregular.split(/\s+/).filter(Boolean).flatMap((p) => expand(p, substitutions)) : forms.flatMap(plural);
    for (const form of [...forms, ...plurals]) if (!agents.has(form)) agents.set(form, code);
  }
  return agents;
}

function expand(pattern: string, substitutions: Map<string, string[]>): string[] {
  const m = /!(\w+)!/.exec(pattern);
  if (!m) return [phrase(pattern)];
  const options = substitutions.get(m[1] ?? '') ?? [];
  return options.flatMap((o) => expand(pattern.replace(m[0], o), substitutions));
}

function plural(form: string): string[] {
  if (/(MAN|MEN|WOMEN|S)$/.test(form) && !/SS$/.test(form)) return form.endsWith('MAN') ? [form.slice(0, -3) + 'MEN'] : [];
  if (/[^AEIOU]Y$/.test(form)) return [form.slice(0, -1) + 'IES'];
  if (/(SS|SH|CH|X)$/.test(form)) return [form + 'ES'];
  return [form + 'S'];
}
