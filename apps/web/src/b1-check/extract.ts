// Reading the text out of a file: the server does it (POST /api/communications/extract, the file
// as multipart field `file`) and answers { text }, or an error with a Dutch message to show.
// api() in ../api/client sends JSON or plain text only, so this one request has its own fetch, with
// the same errors (ApiError) and the same session handling.
import { api, ApiError } from '../api/client';

export const EXTRACT_PATH = '/api/communications/extract';
export const MAX_FILE_MB = 20;
const MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024;
export const FILE_EXTENSIONS = ['.docx', '.odt', '.pdf', '.txt'] as const;
export const FILE_ACCEPT = [
  ...FILE_EXTENSIONS,
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
  'application/pdf',
  'text/plain',
].join(',');

/** Why a file cannot be read (checked before sending it), or null. */
export function fileProblem(file: File): string | null {
  const name = file.name.toLowerCase();
  if (!FILE_EXTENSIONS.some((ext) => name.endsWith(ext))) {
    return 'Dit soort bestand kan Helder niet lezen. Kies een bestand dat eindigt op .docx, .odt, .pdf of .txt.';
  }
  if (file.size === 0) return 'Dit bestand is leeg. Kies een ander bestand.';
  if (file.size > MAX_FILE_BYTES) return `Dit bestand is te groot. Het mag niet groter zijn dan ${MAX_FILE_MB} MB.`;
  return null;
}

function messageFor(status: number): string {
  if (status === 413) return `Dit bestand is te groot. Het mag niet groter zijn dan ${MAX_FILE_MB} MB.`;
  if (status === 415) return 'Dit soort bestand kan Helder niet lezen. Kies een bestand dat eindigt op .docx, .odt, .pdf of .txt.';
  return 'Het lezen van het bestand is niet gelukt. Probeer het later opnieuw.';
}

/** The text in `file`, as the server reads it; line ends as \n. Throws ApiError with a Dutch message. */
export async function extractText(file: File, signal?: AbortSignal): Promise<string> {
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    // No content-type header: the browser sets multipart/form-data with its boundary.
    response = await fetch(EXTRACT_PATH, { method: 'POST', credentials: 'same-origin', headers: { accept: 'application/json' }, body: form, signal: signal ?? null });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'network', 'Er is geen verbinding met de server. Controleer uw internet en probeer het opnieuw.');
  }
  const body = (await response.json().catch(() => undefined)) as { text?: unknown; error?: { code?: string; message?: string } } | undefined;
  if (!response.ok) {
    // The session has ended: a call through api() tells the app, which then shows the login page.
    if (response.status === 401) void api('/api/auth/me').catch(() => undefined);
    throw new ApiError(response.status, body?.error?.code ?? 'unknown', body?.error?.message ?? messageFor(response.status));
  }
  if (typeof body?.text !== 'string') throw new ApiError(response.status, 'bad_answer', messageFor(500));
  return body.text.replace(/\r\n?/g, '\n');
}
