/** Calls to the dyad API of the server that served the page. */
export async function get<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const res = await fetch(`/api/${path}${q.size ? `?${q}` : ''}`, { headers: { accept: 'application/json' } });
  const body = (await res.json()) as T & { message?: string };
  if (!res.ok) throw new Error(body.message ?? `HTTP ${res.status}`);
  return body;
}

export interface Page<T> {
  items: T[];
  next: number | null;
}
