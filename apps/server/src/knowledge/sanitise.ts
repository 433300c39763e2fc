// An answer's HTML as it may be stored and shown: headings, paragraphs, lists, links and emphasis,
// nothing else. Everything an editor pastes (Word markup, scripts, styles, images, event handlers)
// is taken out on save, so the staff app, the public pages and the public API can show the stored
// HTML as it is.
import { stripHtml } from '@helder/b1';
import sanitizeHtml from 'sanitize-html';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['h2', 'h3', 'h4', 'p', 'br', 'ul', 'ol', 'li', 'a', 'strong', 'em'],
  // `rel` is ours: the transform below sets it and drops whatever the input had.
  allowedAttributes: { a: ['href', 'rel'] },
  // Absolute links only on these schemes; relative links (/vragen/…, #anker) stay.
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: {},
  allowProtocolRelative: false,
  // A heading one level too high (an h1 from a pasted page) and the bold and italic of other editors become ours.
  transformTags: {
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    b: 'strong',
    i: 'em',
    // A link to somewhere not allowed (javascript:, data:, //other.site) keeps its text, not the link.
    a: (tagName, attribs): sanitizeHtml.Tag =>
      attribs.href && allowedHref(attribs.href) ? { tagName, attribs: { href: attribs.href, rel: 'noopener' } } : { tagName, attribs: {} },
  },
  disallowedTagsMode: 'discard',
  // The content of these goes too, not just the tags.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'iframe', 'object', 'template'],
};

/** http, https, mailto and tel, or a link within the site (/vragen/…, #anker, ../x); never //host. */
function allowedHref(href: string): boolean {
  // Browsers ignore tabs and newlines inside a scheme ("java\tscript:"), and leading spaces.
  const value = href.replace(/[\u0000-\u0020]/g, '');
  if (value.startsWith('//') || value.startsWith('\\') || value.startsWith('/\\')) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value);
  return !scheme || ['http', 'https', 'mailto', 'tel'].includes(scheme[1]!.toLowerCase());
}

/** The answer's HTML with only what Helder allows; links get rel="noopener". */
export function sanitiseAnswer(html: string): string {
  // A link without an address is only its text. (Links cannot nest, and the output is well formed
  // with every `<` in text escaped, so this pattern only meets the bare tags sanitize-html wrote.)
  return sanitizeHtml(html, OPTIONS).replace(/<a>([\s\S]*?)<\/a>/g, '$1').trim();
}

/** The answer as plain text (for the B1 check's excerpts, snippets and search), blocks on their own lines. */
export function answerText(html: string): string {
  return stripHtml(html)
    .text.replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n[ \n]*/g, '\n')
    .trim();
}
