import { describe, expect, test } from 'vitest';
import { analyze, stripHtml, stripMarkdown } from '../src/index.js';

describe('HTML input', () => {
  test('tags are removed, blocks become paragraphs, offsets stay in the HTML', () => {
    const html = '<h1>Afval</h1><p>Indien u vragen heeft, <b>bel</b> ons.</p><ul><li>papier</li><li>glas</li></ul>';
    const a = analyze(html, { format: 'html' });
    const f = a.findings.find((x) => x.category === 'officialese')!;
    expect(html.slice(f.start, f.end)).toBe('Indien');
    expect(a.sentences.map((s) => s.block)).toEqual(['heading', 'paragraph', 'list-item', 'list-item']);
    expect(a.sentences.map((s) => html.slice(s.start, s.end))).toEqual(['Afval', 'Indien u vragen heeft, <b>bel</b> ons.', 'papier', 'glas']);
  });
  test('entities are decoded, script and style are skipped', () => {
    const s = stripHtml('<style>p{}</style><p>Caf&eacute; &amp; bar&nbsp;open</p><script>var x = 1;</script>');
    expect(s.text.trim()).toBe('Café & bar open');
  });
  test('a finding after an entity maps back to the right place', () => {
    const html = '<p>Caf&eacute;. Derhalve sluiten wij.</p>';
    const f = analyze(html, { format: 'html' }).findings.find((x) => x.category === 'officialese')!;
    expect(html.slice(f.start, f.end)).toBe('Derhalve');
  });
});

describe('Markdown input', () => {
  test('headings, emphasis, links and lists', () => {
    const md = '# Paspoort\n\nMaak **eerst** een [afspraak](https://dronten.nl/afspraak).\n\n- uw pasfoto\n- uw oude paspoort\n';
    const s = stripMarkdown(md);
    expect(s.text).toContain('Paspoort');
    expect(s.text).toContain('Maak eerst een afspraak.');
    expect(s.text).not.toContain('https://');
    const a = analyze(md, { format: 'md' });
    expect(a.sentences.map((x) => x.block)).toEqual(['heading', 'paragraph', 'list-item', 'list-item']);
  });
  test('offsets point into the Markdown source', () => {
    const md = 'Wij helpen _graag_. **Derhalve** bellen wij u.';
    const f = analyze(md, { format: 'md' }).findings.find((x) => x.category === 'officialese')!;
    expect(md.slice(f.start, f.end)).toBe('Derhalve');
  });
  test('code blocks are not prose', () => {
    const md = 'Tekst.\n\n```\nindien derhalve teneinde\n```\n';
    expect(analyze(md, { format: 'md' }).findings.filter((f) => f.category === 'officialese')).toEqual([]);
  });
});
