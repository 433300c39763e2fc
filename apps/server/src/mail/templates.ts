// Every mail Helder sends, as a plain-text and an HTML version of the same short Dutch text. Pure
// functions of the content and the municipality (no clock, no I/O). The HTML uses tables and inline
// styles only, since mail programs ignore style sheets; it has no images except the optional logo.
import { esc } from '../http/html.js';

export interface Municipality {
  name: string;
  phone: string;
  website: string;
  logoUrl: string | undefined;
}

export interface MailContent {
  subject: string;
  /** The greeting line, such as "Beste mevrouw Jansen," or "Beste inwoner,". */
  greeting: string;
  paragraphs: string[];
  /** Facts shown as a small list, such as the reference number and the deadline. */
  facts?: [label: string, value: string][];
  action?: { label: string; url: string };
  /** A last paragraph after the button, such as how long the link works. */
  closing?: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export function renderMail(m: Municipality, content: MailContent): RenderedMail {
  const signature = `Met vriendelijke groet,\nGemeente ${m.name}`;
  const contact = `Vragen? Bel ${m.phone} of kijk op ${m.website}.`;
  const text = [
    content.greeting,
    ...content.paragraphs,
    ...(content.facts?.length ? [content.facts.map(([k, v]) => `${k}: ${v}`).join('\n')] : []),
    ...(content.action ? [`${content.action.label}:\n${content.action.url}`] : []),
    ...(content.closing ? [content.closing] : []),
    signature,
    `--\n${contact}`,
  ].join('\n\n');

  const p = (t: string) => `<p style="margin:0 0 16px 0">${esc(t)}</p>`;
  const logo = m.logoUrl
    ? `<img src="${esc(m.logoUrl)}" alt="Gemeente ${esc(m.name)}" height="48" style="display:block;height:48px;border:0">`
    : `<span style="font-size:22px;font-weight:bold;color:#00568b">Gemeente ${esc(m.name)}</span>`;
  const facts = content.facts?.length
    ? `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:0 0 16px 0;border-collapse:collapse">${content.facts
        .map(([k, v]) => `<tr><td style="padding:4px 16px 4px 0;font-weight:bold;vertical-align:top">${esc(k)}</td><td style="padding:4px 0">${esc(v)}</td></tr>`)
        .join('')}</table>`
    : '';
  const action = content.action
    ? `<p style="margin:24px 0"><a href="${esc(content.action.url)}" style="display:inline-block;background:#00568b;color:#ffffff;padding:12px 20px;border-radius:4px;font-weight:bold;text-decoration:none">${esc(content.action.label)}</a></p>`
      + `<p style="margin:0 0 16px 0;font-size:14px;color:#545454">Werkt de knop niet? Kopieer dan dit adres in uw browser:<br>${esc(content.action.url)}</p>`
    : '';
  const html = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(content.subject)}</title></head>
<body style="margin:0;padding:0;background:#f3f6f8">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f6f8"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border:1px solid #d0d7de;border-radius:6px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a">
<tr><td style="padding:24px 24px 8px 24px">${logo}</td></tr>
<tr><td style="padding:8px 24px 8px 24px">
${p(content.greeting)}
${content.paragraphs.map(p).join('\n')}
${facts}
${action}
${content.closing ? p(content.closing) : ''}
<p style="margin:0 0 16px 0">Met vriendelijke groet,<br>Gemeente ${esc(m.name)}</p>
</td></tr>
<tr><td style="padding:16px 24px;border-top:1px solid #d0d7de;font-size:14px;color:#545454">Vragen? Bel <a href="tel:${esc(m.phone.replace(/\s+/g, ''))}" style="color:#00568b">${esc(m.phone)}</a> of kijk op <a href="${esc(m.website)}" style="color:#00568b">${esc(m.website.replace(/^https?:\/\//, ''))}</a>.</td></tr>
</table>
</td></tr></table>
</body></html>`;
  return { subject: content.subject, text, html };
}

/** "Beste Anna Jansen," when the resident gave a name, otherwise a friendly general greeting. */
export function greetingFor(name: string | null | undefined): string {
  return name && name.trim() ? `Beste ${name.trim()},` : 'Beste inwoner,';
}
