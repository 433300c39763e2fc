// The one way the web app talks to the server: JSON over fetch with the session cookie. Errors
// arrive as ApiError with the server's Dutch message and per-field messages.

export interface FieldError {
  field: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
  }

  /** Field messages by field path, e.g. `customer.phone`. */
  get fieldMap(): Record<string, string> {
    return Object.fromEntries(this.fields.map((f) => [f.field, f.message]));
  }
}

type Listener = () => void;
const unauthorisedListeners = new Set<Listener>();

/** Called when the session has ended (401), so the app can show the login page. */
export function onUnauthorised(listener: Listener): () => void {
  unauthorisedListeners.add(listener);
  return () => unauthorisedListeners.delete(listener);
}

interface RequestOptions {
  method?: string;
  body?: unknown;
  /** A text body sent as it is (e.g. a CSV file), with its content type. */
  text?: { content: string; type: string };
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return (await request<T>(path, options)).body;
}

/** A list answer with the total from the X-Total-Count header. */
export async function apiWithTotal<T>(path: string, options: RequestOptions = {}): Promise<{ body: T; total: number }> {
  const { body, response } = await request<T>(path, options);
  return { body, total: Number(response.headers.get('x-total-count') ?? 0) };
}

async function request<T>(path: string, options: RequestOptions): Promise<{ body: T; response: Response }> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(options.text ? { 'content-type': options.text.type } : {}),
        ...options.headers,
      },
      body: options.text ? options.text.content : options.body !== undefined ? JSON.stringify(options.body) : null,
      signal: options.signal ?? null,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'network', 'Er is geen verbinding met de server. Controleer uw internet en probeer het opnieuw.');
  }
  if (response.status === 204) return { body: undefined as T, response };
  const body = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = body?.error;
    if (response.status === 401 && !path.startsWith('/api/auth/login')) for (const l of unauthorisedListeners) l();
    throw new ApiError(
      response.status,
      error?.code ?? 'unknown',
      error?.message ?? 'Er ging iets mis. Probeer het later opnieuw.',
      error?.fields ?? [],
    );
  }
  return { body: body as T, response };
}

/** Builds a query string from the values that are set. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
