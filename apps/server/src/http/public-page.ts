// The shell of every server-rendered public page (the residents' forms and status page, the
// knowledge base's answers): plain HTML that works without JavaScript, on the web app's own NL
// Design System (Utrecht) style sheet. Every text from a resident or the database is escaped.
import type { Config } from '../config.js';
import { esc } from './html.js';

export interface PageFrame {
  municipality: string;
  phone: string;
  /** The web app's style sheets (hashed file names, read from its index.html). */
  stylesheets: string[];
  /** The configured retention of cases (RETENTION_CASE_DAYS), told to residents on the forms. */
  retentionCaseDays: number;
}

/** The frame of the pages from the configuration and the web app's style sheets. */
export function pageFrame(config: Config, stylesheets: string[]): PageFrame {
  return {
    municipality: config.municipalityName,
    phone: config.mail.municipality.phone,
    stylesheets,
    retentionCaseDays: config.retention.caseDays,
  };
}

/**
 * A whole page: the municipality's header, the content and the footer with the phone number.
 * Pages about one resident are kept out of search engines (`noindex`); public answers
 * (`index: true`) may be found there.
 */
export function page(frame: PageFrame, title: string, body: string, options: { index?: boolean } = {}): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${options.index ? '' : '<meta name="robots" content="noindex">\n'}<title>${esc(title)} - Gemeente ${esc(frame.municipality)}</title>
${frame.stylesheets.map((href) => `<link rel="stylesheet" href="${esc(href)}">`).join('\n')}
</head>
<body class="voorbeeld-theme utrecht-body">
<div class="helder-public">
<a class="utrecht-skip-link helder-skip-link" href="#inhoud">Naar de inhoud</a>
<header class="helder-header">
<div class="helder-header__brand">
<span class="helder-logo" aria-hidden="true">${esc(frame.municipality.slice(0, 1).toUpperCase())}</span>
<span><span class="helder-header__product">Gemeente ${esc(frame.municipality)}</span></span>
</div>
</header>
<main id="inhoud" class="helder-main helder-public-main">
${body}
</main>
<footer class="helder-public-footer"><p class="utrecht-paragraph">Vragen? Bel <a class="utrecht-link" href="tel:${esc(frame.phone.replace(/\s+/g, ''))}">${esc(frame.phone)}</a>. Wij helpen u graag.</p></footer>
</div>
</body>
</html>`;
}

/** A friendly page for a link that does not (or no longer) work, or anything else that went wrong. */
export function messagePage(frame: PageFrame, title: string, message: string, extra = ''): string {
  return page(frame, title, `<h1 class="utrecht-heading-1">${esc(title)}</h1>
<p class="utrecht-paragraph">${esc(message)}</p>
${extra}`);
}
