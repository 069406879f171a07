/**
 * Calls to the gateway with the signed-in credential. The key or token lives in sessionStorage (this tab
 * only, gone when it closes) and travels only in the Authorization header, never in a URL.
 */
const KEY = 'gateway-console.token';
/** `sso` when the token came from "Sign in with SSO" (sign-out then also ends the identity provider's session). */
const VIA = 'gateway-console.via';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const session = {
  token: (): string | null => sessionStorage.getItem(KEY),
  via: (): 'sso' | 'pasted' => (sessionStorage.getItem(VIA) === 'sso' ? 'sso' : 'pasted'),
  signIn: (token: string, via: 'sso' | 'pasted' = 'pasted'): void => {
    sessionStorage.setItem(KEY, token.trim());
    sessionStorage.setItem(VIA, via);
  },
  signOut: (): void => {
    sessionStorage.removeItem(KEY);
    sessionStorage.removeItem(VIA);
  },
};

let onUnauthorized: () => void = () => undefined;
export function whenUnauthorized(f: () => void): void {
  onUnauthorized = f;
}

async function call(path: string, init: { method?: string; body?: unknown } = {}): Promise<Response> {
  const headers: Record<string, string> = {};
  const token = session.token();
  if (token) headers.authorization = `Bearer ${token}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(path, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    credentials: 'omit',
    cache: 'no-store',
  });
  if (res.ok) return res;
  let code = 'error';
  let message = `${res.status} ${res.statusText}`;
  try {
    const e = ((await res.json()) as { error?: { code?: string; message?: string } }).error;
    code = e?.code ?? code;
    message = e?.message ?? message;
  } catch {
    // not an OpenAI-shaped error body: keep the status line
  }
  if (res.status === 401) onUnauthorized();
  throw new ApiError(res.status, code, message);
}

export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  return (await (await call(path, init)).json()) as T;
}

export async function apiText(path: string): Promise<string> {
  return (await call(path)).text();
}

export async function apiBlob(path: string): Promise<Blob> {
  return (await call(path)).blob();
}

/** `?a=1&b=2` from the set values only. */
export function query(params: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
