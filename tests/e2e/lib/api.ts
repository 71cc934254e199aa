/** Calls the local API directly, as the H5 app does: POST /api/<function> with { action, data }. */
export const callApi = async <T>(
  baseUrl: string,
  fn: string,
  action: string,
  data: unknown,
  token?: string,
): Promise<T> => {
  const res = await fetch(`${baseUrl}/api/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ action, data }),
  });
  const envelope = (await res.json()) as { ok: boolean; data?: T; error?: { code: string; message: string } };
  if (!envelope.ok) throw new Error(`${fn}.${action}: ${envelope.error?.code} ${envelope.error?.message}`);
  return envelope.data as T;
};

export const devToken = async (baseUrl: string, role: 'parent' | 'reviewer' | 'admin'): Promise<string> =>
  (await callApi<{ token: string }>(baseUrl, 'auth', 'devLogin', { role })).token;
