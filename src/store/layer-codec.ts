/**
 * Layers are stored as JSON, with arrays of flat records (tokens, sentences, …) turned into
 * columns so the keys are not repeated for every token: `[{start:0,end:3}, …]` becomes
 * `{"$columns":{"start":[0,…],"end":[3,…]}}`. Decoding gives back the plain layer.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const COLUMNS = '$columns';

export function encodeLayers(layers: object): string {
  const out: Record<string, unknown> = {};
  for (const [name, layer] of Object.entries(layers)) out[name] = toColumns(layer as Json);
  return JSON.stringify(out);
}

export function decodeLayers(json: string): Record<string, unknown> {
  const stored = JSON.parse(json) as Record<string, Json>;
  const out: Record<string, unknown> = {};
  for (const [name, layer] of Object.entries(stored)) out[name] = fromColumns(layer);
  return out;
}

/**
 * How many keys a record of scalars has, or -1 for anything else (an array, null, a nested
 * object). One pass with no array of keys: every token of every layer goes through it (#13).
 */
function flatKeyCount(value: Json): number {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return -1;
  let count = 0;
  for (const key in value) {
    const v = value[key];
    if (typeof v === 'object' && v !== null) return -1;
    count++;
  }
  return count;
}

function toColumns(layer: Json): Json {
  if (!Array.isArray(layer) || layer.length < 2 || flatKeyCount(layer[0]) < 0) return layer;
  const keys = Object.keys(layer[0] as Record<string, Json>);
  // Columns only when every record has exactly the same keys; optional fields stay as records.
  for (let i = 1; i < layer.length; i++) {
    const record = layer[i];
    if (flatKeyCount(record) !== keys.length) return layer;
    for (const key of keys) if (!(key in (record as Record<string, Json>))) return layer;
  }
  const columns: Record<string, Json[]> = {};
  for (const key of keys) {
    const column = new Array<Json>(layer.length);
    for (let i = 0; i < layer.length; i++) column[i] = (layer[i] as Record<string, Json>)[key];
    columns[key] = column;
  }
  return { [COLUMNS]: columns };
}

function fromColumns(layer: Json): Json {
  if (typeof layer !== 'object' || layer === null || Array.isArray(layer) || !(COLUMNS in layer)) return layer;
  const columns = layer[COLUMNS] as Record<string, Json[]>;
  const keys = Object.keys(columns);
  const length = keys.length ? columns[keys[0]].length : 0;
  const rows = new Array<Json>(length);
  for (let i = 0; i < length; i++) {
    const row: Record<string, Json> = {};
    for (const key of keys) row[key] = columns[key][i];
    rows[i] = row;
  }
  return rows;
}
