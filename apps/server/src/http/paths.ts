// One spelling of a request path before the router sees it (RFC 3986 section 6.2.2): percent-encoded
// unreserved characters decoded (`%61pi` is `api`), empty segments collapsed, dot segments removed.
// Reserved escapes such as %2F stay as they are, so a parameter keeps its meaning. The router then
// matches case-insensitively and ignores a trailing slash (app.ts).

const UNRESERVED_ESCAPE = /%(4[1-9A-F]|5[0-9A]|6[1-9A-F]|7[0-9A]|3[0-9]|2D|2E|5F|7E)/gi;

export function normalisePath(target: string): string {
  // An absolute-form target (`GET http://host/api/./audit HTTP/1.1`) is normalised like its path.
  const url = target.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '') || '/';
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  const query = q === -1 ? '' : url.slice(q);
  if (!path.startsWith('/')) return url;
  const decoded = path.replace(UNRESERVED_ESCAPE, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  const out: string[] = [];
  const segments = decoded.split('/').slice(1);
  for (const [i, segment] of segments.entries()) {
    const last = i === segments.length - 1;
    if (segment === '.' || segment === '..') {
      if (segment === '..') out.pop();
      if (last) out.push('');
      continue;
    }
    if (segment === '' && !last) continue;
    out.push(segment);
  }
  return `/${out.join('/')}${query}`;
}
