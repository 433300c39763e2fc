// The public pages of the knowledge base: /vragen (search, and the most used answers) and
// /vragen/<slug> (one answer with "Was dit antwoord duidelijk?"). Plain HTML in the shell of the
// residents' pages, without JavaScript: the search is a GET form, the question a POST form with a
// Ja and a Nee button. Every text is escaped; the answer is HTML that was sanitised when saved.
import type { KnowledgePublicArticle, KnowledgePublicSearchHit } from '@helder/domain';
import { esc } from '../http/html.js';
import { page, type PageFrame } from '../http/public-page.js';
import { publicUrl } from './presenters.js';

/**
 * The sanitised answer with the style sheet's classes. The answer only holds the tags sanitise.ts
 * allows, written by sanitize-html exactly like this, so plain replacements are enough.
 */
export function styledAnswer(html: string): string {
  return html
    .replace(/<h2>/g, '<h2 class="utrecht-heading-2">')
    .replace(/<h3>/g, '<h3 class="utrecht-heading-3">')
    .replace(/<h4>/g, '<h4 class="utrecht-heading-4">')
    .replace(/<p>/g, '<p class="utrecht-paragraph">')
    .replace(/<ul>/g, '<ul class="utrecht-unordered-list">')
    .replace(/<ol>/g, '<ol class="utrecht-ordered-list">')
    .replace(/<a href=/g, '<a class="utrecht-link" href=');
}

const searchForm = (q: string) => `<form method="get" action="/vragen" role="search" class="helder-form">
<div class="utrecht-form-field utrecht-form-field--text">
<div class="utrecht-form-field__label"><label class="utrecht-form-label" for="q">Waar gaat uw vraag over?</label></div>
<div class="utrecht-form-field-description" id="q-description">Typ een paar woorden. Bijvoorbeeld: paspoort aanvragen.</div>
<div class="utrecht-form-field__input"><input class="utrecht-textbox utrecht-textbox--html-input" id="q" name="q" type="search" value="${esc(q)}" maxlength="200" aria-describedby="q-description"></div>
</div>
<div class="utrecht-button-group"><button class="utrecht-button utrecht-button--primary-action" type="submit">Zoeken</button></div>
</form>`;

const answersLink = (count: number) => (count === 1 ? '1 antwoord' : `${count} antwoorden`);

export function searchPage(
  frame: PageFrame,
  o: { q: string; results: KnowledgePublicSearchHit[] | null; popular: { slug: string; title: string; question: string | null }[] },
): string {
  let results = '';
  if (o.results && o.results.length > 0) {
    results = `<h2 class="utrecht-heading-2" id="resultaten">${answersLink(o.results.length)} gevonden</h2>
<ol class="utrecht-ordered-list helder-results" aria-labelledby="resultaten">
${o.results.map((r) => `<li>
<h3 class="utrecht-heading-3"><a class="utrecht-link" href="${esc(r.url)}">${esc(r.title)}</a></h3>
${r.question ? `<p class="utrecht-paragraph"><strong>${esc(r.question)}</strong></p>` : ''}
<p class="utrecht-paragraph">${esc(r.snippet)}</p>
</li>`).join('\n')}
</ol>`;
  } else if (o.results) {
    results = `<h2 class="utrecht-heading-2">Wij vonden geen antwoord</h2>
<p class="utrecht-paragraph">Probeer het met andere woorden. Of bel ons. Wij helpen u graag.</p>`;
  } else if (o.popular.length > 0) {
    results = `<h2 class="utrecht-heading-2">Vragen die vaak gesteld worden</h2>
<ul class="utrecht-unordered-list">
${o.popular.map((p) => `<li><a class="utrecht-link" href="${esc(publicUrl(p.slug))}">${esc(p.question ?? p.title)}</a></li>`).join('\n')}
</ul>`;
  }
  const body = `<h1 class="utrecht-heading-1">Vragen en antwoorden</h1>
<p class="utrecht-paragraph helder-lead">Hier vindt u antwoorden op vragen die inwoners ons vaak stellen. Dezelfde antwoorden krijgt u aan de telefoon en aan de balie.</p>
${searchForm(o.q)}
${results}`;
  return page(frame, o.q ? `Zoeken: ${o.q}` : 'Vragen en antwoorden', body, { index: !o.q });
}

export function articlePage(frame: PageFrame, article: KnowledgePublicArticle, o: { thanks: boolean }): string {
  const clear = o.thanks
    ? `<div class="helder-notice helder-notice--success" role="status"><p class="utrecht-paragraph">Bedankt voor uw antwoord. Zo kunnen wij onze antwoorden beter maken.</p></div>`
    : `<form method="post" action="/api/public/knowledge/articles/${esc(encodeURIComponent(article.slug))}/clear" class="helder-form">
<div class="utrecht-button-group">
<button class="utrecht-button utrecht-button--secondary-action" type="submit" name="clear" value="ja">Ja</button>
<button class="utrecht-button utrecht-button--secondary-action" type="submit" name="clear" value="nee">Nee</button>
</div>
</form>`;
  const body = `<p class="utrecht-paragraph"><a class="utrecht-link" href="/vragen">Alle vragen en antwoorden</a></p>
<h1 class="utrecht-heading-1">${esc(article.title)}</h1>
${article.question ? `<p class="utrecht-paragraph helder-lead">${esc(article.question)}</p>` : ''}
<div class="helder-answer">
${styledAnswer(article.answer)}
</div>
${article.productName ? `<p class="utrecht-paragraph helder-muted">Dit antwoord gaat over: ${esc(article.productName)}.</p>` : ''}
<section id="duidelijk" aria-labelledby="duidelijk-vraag">
<h2 class="utrecht-heading-2" id="duidelijk-vraag">Was dit antwoord duidelijk?</h2>
${clear}
</section>`;
  return page(frame, article.title, body, { index: true });
}
