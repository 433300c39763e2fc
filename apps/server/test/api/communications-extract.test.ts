// Reading the text of an uploaded file for the B1 check: real .docx, .odt, pdf and .txt files made
// here byte by byte, and what we cannot read (a scan, a password, a broken file, a picture, a file
// over 20 MB) refused with a Dutch message, never a 5xx. Three layers: extractText itself, the
// route in a small Fastify app with Helder's real access control (works before app.ts registers
// the route), and the route in the real Helder app (needs `registerExtractRoute` in app.ts).
import { randomBytes } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AuthService } from '../../src/auth/service.js';
import { extractText, MAX_UPLOAD_BYTES, odtContentText } from '../../src/communications/extract.js';
import { registerExtractRoute } from '../../src/communications/extract-route.js';
import { registerAccessControl } from '../../src/http/access.js';
import type { SessionActor } from '../../src/http/context.js';
import { AppError, registerErrorHandling } from '../../src/http/errors.js';
import type { RateLimiter } from '../../src/limits/service.js';
import { createTestApp, DEMO, type TestApp } from '../support/app.js';
import { expectDutch, expectError } from '../support/http.js';

// Files, made by hand.

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;

/** A Word document: the three parts every .docx has, and a numbering part for the bullet list. */
function docx(body = DOCX_BODY, extra: Zippable = {}): Buffer {
  const zip = zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
        '</Relationships>',
    ),
    'word/_rels/document.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${REL}/numbering" Target="numbering.xml"/>` +
        '</Relationships>',
    ),
    'word/numbering.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W_NS}">` +
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>' +
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>',
    ),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}"><w:body>${body}</w:body></w:document>`),
    ...extra,
  });
  return Buffer.from(zip);
}

const bullet = (text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${run(text)}</w:p>`;
const DOCX_BODY = [
  `<w:p>${run('Beste inwoner,')}</w:p>`,
  `<w:p>${run('U krijgt deze brief omdat u een ')}<w:r><w:rPr><w:b/></w:rPr><w:t>vergunning</w:t></w:r>${run(' heeft aangevraagd &amp; betaald.')}</w:p>`,
  `<w:p>${run('Adres:')}<w:r><w:br/></w:r>${run('De Rede 1')}</w:p>`,
  '<w:p/>',
  `<w:p>${run('Neem mee:')}</w:p>`,
  bullet('uw paspoort'),
  bullet('een pasfoto'),
  `<w:p>${run('Met vriendelijke groet, René')}</w:p>`,
].join('');

const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text';

/** An OpenDocument text: mimetype first and not compressed, the manifest, and content.xml. */
function odt(content = ODT_CONTENT, manifestExtra = ''): Buffer {
  const zip = zipSync({
    mimetype: [strToU8(ODT_MIMETYPE), { level: 0 }],
    'META-INF/manifest.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?>' +
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">' +
        `<manifest:file-entry manifest:full-path="/" manifest:media-type="${ODT_MIMETYPE}"/>` +
        `<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">${manifestExtra}</manifest:file-entry>` +
        '</manifest:manifest>',
    ),
    'content.xml': strToU8(content),
  });
  return Buffer.from(zip);
}

const odtDocument = (body: string) =>
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" ' +
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">\n' +
  `  <office:body>\n    <office:text>\n${body}\n    </office:text>\n  </office:body>\n</office:document-content>\n`;

const ODT_CONTENT = odtDocument(`
      <text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Tabel"/></text:sequence-decls>
      <text:tracked-changes><text:changed-region text:id="c1"><text:deletion><office:change-info><dc:creator>Jan</dc:creator></office:change-info><text:p>Deze zin is weggehaald.</text:p></text:deletion></text:changed-region></text:tracked-changes>
      <text:h text:outline-level="1">Uw aanvraag</text:h>
      <text:p>Wij   hebben uw
        aanvraag <text:span>ontvangen</text:span>.<text:s text:c="3"/>Dank u wel.<office:annotation><dc:creator>Piet</dc:creator><text:p>Een opmerking die weg moet.</text:p></office:annotation></text:p>
      <text:p>Naam:<text:tab/>Jansen<text:line-break/>Adres:<text:tab/>De Rede 1</text:p>
      <text:list><text:list-item><text:p>Uw paspoort</text:p></text:list-item><text:list-item><text:p>Een pasfoto</text:p></text:list-item></text:list>
      <text:p>Kosten &amp; betalen<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Prijzen van 2026.</text:p></text:note-body></text:note></text:p>
      <text:p><draw:frame><draw:image><svg:title>Logo van de gemeente</svg:title></draw:image></draw:frame></text:p>
      <table:table><table:table-row><table:table-cell><text:p>Cel &#233;&#xE9;n</text:p></table:table-cell></table:table-row></table:table>
      <text:p/>`);

/**
 * A PDF of `pages` (content streams), with the Helvetica font, written byte by byte with a correct
 * cross-reference table. `encrypt` adds a password lock whose empty password does not fit.
 */
function pdf(pages: string[], options: { encrypt?: boolean; compress?: boolean } = {}): Buffer {
  const objects: (string | Buffer)[] = [];
  const pageIds = pages.map((_, i) => 4 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  pages.forEach((stream, i) => {
    const id = pageIds[i]!;
    objects[id] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${id + 1} 0 R >>`;
    const body = options.compress ? deflateSync(Buffer.from(stream, 'latin1')) : Buffer.from(stream, 'latin1');
    objects[id + 1] = Buffer.concat([
      Buffer.from(`<< /Length ${body.length}${options.compress ? ' /Filter /FlateDecode' : ''} >>\nstream\n`, 'latin1'),
      body,
      Buffer.from('\nendstream', 'latin1'),
    ]);
  });
  const encryptId = objects.length;
  if (options.encrypt) {
    const hex = (n: number) => randomBytes(n).toString('hex');
    objects[encryptId] = `<< /Filter /Standard /V 1 /R 2 /Length 40 /O <${hex(32)}> /U <${hex(32)}> /P -44 >>`;
  }
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = chunks[0]!.length;
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id += 1) {
    const object = objects[id]!;
    const bytes = Buffer.concat([Buffer.from(`${id} 0 obj\n`, 'latin1'), typeof object === 'string' ? Buffer.from(object, 'latin1') : object, Buffer.from('\nendobj\n', 'latin1')]);
    offsets[id] = offset;
    chunks.push(bytes);
    offset += bytes.length;
  }
  const xref = [`xref\n0 ${objects.length}\n`, '0000000000 65535 f \n', ...offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  const id = `<${randomBytes(16).toString('hex')}>`;
  const trailer = `trailer\n<< /Size ${objects.length} /Root 1 0 R${options.encrypt ? ` /Encrypt ${encryptId} 0 R /ID [${id} ${id}]` : ''} >>\nstartxref\n${offset}\n%%EOF\n`;
  chunks.push(Buffer.from(xref + trailer, 'latin1'));
  return Buffer.concat(chunks);
}

/** A letter as a PDF: paragraphs apart, a paragraph over two lines with a word broken by a hyphen. */
const LETTER_PAGE = [
  'BT /F1 12 Tf 72 760 Td (Beste inwoner,) Tj ET',
  'BT /F1 12 Tf 72 720 Td (U krijgt deze brief omdat u een vergunning heeft aange-) Tj 0 -15 Td (vraagd. Wij hebben uw aanvraag \\(nummer 12\\) ontvangen.) Tj ET',
  'BT /F1 12 Tf 72 660 Td (Met vriendelijke groet,) Tj ET',
].join('\n');
const SECOND_PAGE = 'BT /F1 12 Tf 72 760 Td (Gemeente Dronten) Tj ET';
/** A "scan": a page with only a drawn rectangle (a picture would be the same: no text). */
const SCAN_PAGE = '0.5 g 72 400 450 300 re f';

/** The start of a PNG picture: its signature and header chunk, then picture data. */
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x02, 0x00, 0x00, 0x00]),
  randomBytes(200),
]);
const OLE = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), randomBytes(600)]);

const file = (filename: string, data: Buffer, mimetype = 'application/octet-stream') => ({ filename, mimetype, data });

/** The AppError extractText refuses this file with. */
async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'extractText should refuse this file').toBeInstanceOf(AppError);
  expectDutch((error as AppError).message);
  return error as AppError;
}

describe('extractText', () => {
  test('reads a Word document (.docx): paragraphs with a blank line between, list items as "- "', async () => {
    const result = await extractText(file('brief.docx', docx()));
    expect(result.format).toBe('docx');
    expect(result.text).toBe(
      [
        'Beste inwoner,',
        'U krijgt deze brief omdat u een vergunning heeft aangevraagd & betaald.',
        'Adres:\nDe Rede 1',
        'Neem mee:',
        '- uw paspoort',
        '- een pasfoto',
        'Met vriendelijke groet, René',
      ].join('\n\n'),
    );
  });

  test('reads an OpenDocument text (.odt): headings, spaces, tabs, line breaks, lists, tables and footnotes; no deleted text or comments', async () => {
    const result = await extractText(file('brief.odt', odt()));
    expect(result.format).toBe('odt');
    expect(result.text).toBe(
      [
        'Uw aanvraag',
        'Wij hebben uw aanvraag ontvangen.   Dank u wel.',
        'Naam:\tJansen\nAdres:\tDe Rede 1',
        '- Uw paspoort',
        '- Een pasfoto',
        'Kosten & betalen',
        'Cel één',
        'Prijzen van 2026.',
      ].join('\n\n'),
    );
  });

  test('reads any namespace prefix the file declares for ODF text', () => {
    const xml = '<doc xmlns:t="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:text="urn:other"><t:p>Een<t:s/>zin.</t:p><text:p>Geen ODF.</text:p></doc>';
    expect(odtContentText(xml)).toBe('Een zin.');
  });

  test('reads a PDF: paragraphs from the gaps between lines, a broken word joined, every page', async () => {
    const result = await extractText(file('brief.pdf', pdf([LETTER_PAGE, SECOND_PAGE])));
    expect(result.format).toBe('pdf');
    const paragraphs = result.text.split('\n\n');
    expect(paragraphs[0]).toBe('Beste inwoner,');
    expect(paragraphs[1]!.replace(/\n/g, ' ')).toBe('U krijgt deze brief omdat u een vergunning heeft aangevraagd. Wij hebben uw aanvraag (nummer 12) ontvangen.');
    expect(paragraphs[2]).toBe('Met vriendelijke groet,');
    expect(paragraphs[3]).toBe('Gemeente Dronten');
    expect(paragraphs).toHaveLength(4);
  });

  test('reads a PDF with compressed content streams', async () => {
    const result = await extractText(file('brief.pdf', pdf([LETTER_PAGE], { compress: true })));
    expect(result.text).toContain('Beste inwoner,');
  });

  test('reads plain text: UTF-8, a byte order mark, Windows line ends, and a file saved as "ANSI"', async () => {
    const utf8 = await extractText(file('tekst.txt', Buffer.from('\uFEFFBeste inwoner,\r\n\r\n\r\n\r\nU krijgt   deze brief.  \r\nGroet, René\u0007', 'utf8'), 'text/plain'));
    expect(utf8).toEqual({ format: 'text', text: 'Beste inwoner,\n\nU krijgt   deze brief.\nGroet, René' });
    const ansi = await extractText(file('tekst.txt', Buffer.from('Groet, Ren\xe9 \x80 5 \x93ja\x94', 'latin1')));
    expect(ansi.text).toBe('Groet, René € 5 “ja”');
    const utf16 = await extractText(file('tekst.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hallo Dronten', 'utf16le')])));
    expect(utf16.text).toBe('Hallo Dronten');
    // No extension, but the browser says plain text and it is text.
    expect((await extractText(file('tekst', Buffer.from('Hallo'), 'text/plain'))).text).toBe('Hallo');
    // A NUL byte: not a text file, whatever its name.
    expect((await refusal(extractText(file('tekst.txt', Buffer.from('Hallo\u0000Dronten'))))).statusCode).toBe(415);
  });

  test('decides by the content, not by the name or the type the browser sent', async () => {
    expect((await extractText(file('brief.txt', docx(), 'text/plain'))).format).toBe('docx');
    expect((await extractText(file('brief.docx', pdf([LETTER_PAGE]), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'))).format).toBe('pdf');
    expect((await extractText(file('brief.pdf', odt(), 'application/pdf'))).format).toBe('odt');
    // A picture that says it is a PDF or text is still a picture.
    expect((await refusal(extractText(file('brief.pdf', PNG, 'application/pdf')))).statusCode).toBe(422);
    expect((await refusal(extractText(file('brief.txt', PNG, 'text/plain')))).statusCode).toBe(415);
  });

  test('a PDF without text (a scan) is refused with a clear message: 422', async () => {
    const error = await refusal(extractText(file('scan.pdf', pdf([SCAN_PAGE, SCAN_PAGE]))));
    expect(error.statusCode).toBe(422);
    expect(error.code).toBe('no_text');
    expect(error.message).toBe('In deze pdf staat geen tekst die wij kunnen lezen. Is het een scan? Plak de tekst dan in het tekstvak.');
  });

  test('a PDF with a password is refused: 422', async () => {
    const error = await refusal(extractText(file('geheim.pdf', pdf([LETTER_PAGE], { encrypt: true }))));
    expect([error.statusCode, error.code]).toEqual([422, 'file_encrypted']);
    expect(error.message).toMatch(/wachtwoord/);
  });

  test('broken files are refused with 422, never a crash', async () => {
    const good = pdf([LETTER_PAGE]);
    const cases = [
      file('kapot.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(2000)])),
      file('half.pdf', good.subarray(0, 60)),
      file('kapot.docx', randomBytes(3000)),
      file('half.docx', docx().subarray(0, 300)),
      file('kapot.docx', docx('<w:p><w:r><w:t>Niet gesloten')),
      file('kapot.odt', odt(odtDocument('<text:p>Niet gesloten'))),
      file('kapot.odt', odt('<office:document-content><text:p>a</text:q></office:document-content>')),
      file('leeg.zip', Buffer.from(zipSync({}))),
    ];
    for (const broken of cases) {
      const error = await refusal(extractText(broken));
      expect([415, 422], `${broken.filename}: ${error.statusCode} ${error.message}`).toContain(error.statusCode);
    }
    expect((await refusal(extractText(cases[0]!))).code).toBe('file_unreadable');
    expect((await refusal(extractText(cases[4]!))).code).toBe('file_unreadable');
  });

  test('documents without text, and empty files, are refused: 422', async () => {
    expect((await refusal(extractText(file('leeg.docx', docx('<w:p/>'))))).code).toBe('no_text');
    expect((await refusal(extractText(file('leeg.odt', odt(odtDocument('<text:p>  </text:p>')))))).code).toBe('no_text');
    expect((await refusal(extractText(file('leeg.txt', Buffer.alloc(0))))).code).toBe('file_empty');
    expect((await refusal(extractText(file('spaties.txt', Buffer.from(' \n\n \t'))))).code).toBe('no_text');
  });

  test('an OpenDocument or Word file with a password is refused: 422', async () => {
    const lockedOdt = odt(ODT_CONTENT, '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA"/>');
    expect((await refusal(extractText(file('geheim.odt', lockedOdt)))).code).toBe('file_encrypted');
    // Word stores a .docx with a password as an OLE file.
    expect((await refusal(extractText(file('geheim.docx', OLE)))).code).toBe('file_encrypted');
  });

  test('other kinds of file are refused with 415, naming the kinds we read', async () => {
    const spreadsheet = Buffer.from(zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }], 'content.xml': strToU8('<x/>') }));
    const xlsx = Buffer.from(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') }));
    for (const other of [
      file('foto.png', PNG, 'image/png'),
      file('data.bin', randomBytes(500)),
      file('tabel.ods', spreadsheet),
      file('tabel.xlsx', xlsx),
      file('archief.zip', Buffer.from(zipSync({ 'a.txt': strToU8('Hallo') }))),
      file('pagina.html', Buffer.from('<p>Hallo</p>'), 'text/html'),
      file('tekst', Buffer.from('Hallo'), 'application/octet-stream'),
    ]) {
      const error = await refusal(extractText(other));
      expect([error.statusCode, error.code], other.filename).toEqual([415, 'unsupported_file_type']);
      expect(error.message).toContain('Word-bestand (.docx), een OpenDocument-bestand (.odt), een pdf of een tekstbestand (.txt)');
    }
    const old = await refusal(extractText(file('oud.doc', OLE, 'application/msword')));
    expect(old.statusCode).toBe(415);
    expect(old.message).toMatch(/\.docx/);
  });

  test('a file over 20 MB is refused: 413', async () => {
    expect(MAX_UPLOAD_BYTES).toBe(20 * 1024 * 1024);
    const error = await refusal(extractText(file('groot.txt', Buffer.alloc(MAX_UPLOAD_BYTES + 1, 'a'))));
    expect([error.statusCode, error.code]).toEqual([413, 'too_large']);
    expect(error.message).toMatch(/20 MB/);
  });

  test('a zip that unpacks to far more than a document holds is refused without unpacking it (422)', async () => {
    const bomb = docx(DOCX_BODY, { 'word/document.xml': [new Uint8Array(65 * 1024 * 1024), { level: 1 }] });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const error = await refusal(extractText(file('bom.docx', bomb)));
    expect(error.statusCode).toBe(422);
  });

  test('a text longer than a communication may be is refused: 422', async () => {
    const long = `${'Dit is een zin. '.repeat(13_000)}`;
    expect((await refusal(extractText(file('lang.txt', Buffer.from(long))))).code).toBe('text_too_long');
  });
});

// The route. A multipart/form-data body with one file in the field `file`.

function form(filename: string, data: Buffer, mimetype = 'application/octet-stream', field = 'file') {
  const boundary = `----helder${randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${mimetype}\r\n\r\n`),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const EXTRACT = '/api/communications/extract';

/** The route in a small app with Helder's own access control and error handling; one session "editor". */
async function smallApp(maxBytes?: number): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, bodyLimit: 1024 * 1024 });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await app.register(cookie, { secret: 'x'.repeat(32) });
  registerErrorHandling(app);
  const editor: SessionActor = { id: '00000000-0000-4000-8000-000000000001', teamId: null, name: 'Redacteur', email: 'r@example.org', roles: ['editor'], sessionHash: 'x' };
  registerAccessControl(app, {
    auth: { resolve: async (token: string) => (token === 'sessie' ? editor : null) } as unknown as AuthService,
    limiter: { hit: async () => ({ count: 1, resetMs: 60_000 }) } as unknown as RateLimiter,
    perMinute: 100,
    apiTokens: { check: async () => ({ status: 'unknown' as const }) },
  });
  await registerExtractRoute(app, maxBytes === undefined ? {} : { maxBytes });
  await app.ready();
  return app;
}

describe('POST /api/communications/extract (the route on its own)', () => {
  let app: FastifyInstance;
  let small: FastifyInstance;
  beforeAll(async () => {
    app = await smallApp();
    small = await smallApp(1024);
  });
  afterAll(async () => {
    await app.close();
    await small.close();
  });

  const post = (target: FastifyInstance, body: { payload: Buffer | string; headers: Record<string, string> }, session = true) =>
    target.inject({ method: 'POST', url: EXTRACT, payload: body.payload, headers: { ...body.headers, ...(session ? { cookie: 'helder_session=sessie' } : {}) } });

  test('answers the text of a .docx, .odt, pdf and .txt file: 200 {text}', async () => {
    for (const [name, data] of [['brief.docx', docx()], ['brief.odt', odt()], ['brief.pdf', pdf([LETTER_PAGE])], ['brief.txt', Buffer.from('Beste inwoner,\n\nMet vriendelijke groet, René')]] as const) {
      const response = await post(app, form(name, data));
      expect(response.statusCode, `${name}: ${response.body}`).toBe(200);
      expect(Object.keys(response.json())).toEqual(['text']);
      expect(response.json().text, name).toMatch(/(Beste inwoner|Uw aanvraag)/);
      expect(response.headers['cache-control']).toBe('no-store');
    }
  });

  test('refuses a scan, a picture and a broken file with a Dutch message (422, 415)', async () => {
    const scan = expectError(await post(app, form('scan.pdf', pdf([SCAN_PAGE]), 'application/pdf')), 422, 'no_text');
    expect(scan.message).toMatch(/Is het een scan\?/);
    expectError(await post(app, form('foto.png', PNG, 'image/png')), 415, 'unsupported_file_type');
    expectError(await post(app, form('kapot.docx', randomBytes(1000))), 422, 'file_unreadable');
  });

  test('refuses a file over the limit with 413 and a Dutch message', async () => {
    const over = expectError(await post(small, form('groot.txt', Buffer.alloc(1025, 'a'))), 413, 'too_large');
    expect(over.message).toMatch(/te groot/);
    expect((await post(small, form('klein.txt', Buffer.alloc(1024, 'a')))).statusCode).toBe(200);
    // Past the limit plus room for the form: refused on its Content-Length alone.
    expectError(await post(small, form('groot.txt', Buffer.alloc(200 * 1024, 'a'))), 413, 'too_large');
  });

  test('refuses a file of exactly one byte over 20 MB with 413', async () => {
    expectError(await post(app, form('groot.pdf', Buffer.alloc(MAX_UPLOAD_BYTES + 1, 0x20))), 413, 'too_large');
  });

  test('needs a file in the field "file", sent as multipart/form-data', async () => {
    expectError(await post(app, form('brief.txt', Buffer.from('Hallo'), 'text/plain', 'document')), 400, 'validation_failed');
    expectError(await post(app, { payload: JSON.stringify({ text: 'Hallo' }), headers: { 'content-type': 'application/json' } }), 415, 'unsupported_media_type');
    expectError(await post(app, { payload: '--x\r\nkapot', headers: { 'content-type': 'multipart/form-data; boundary=x' } }), [400]);
    expectError(await post(app, { payload: '', headers: { 'content-type': 'multipart/form-data; boundary=x' } }), 400);
  });

  test('answers only a logged-in employee, and only from Helder itself', async () => {
    expectError(await post(app, form('brief.txt', Buffer.from('Hallo')), false), 401);
    const body = form('brief.txt', Buffer.from('Hallo'));
    const crossSite = await app.inject({ method: 'POST', url: EXTRACT, payload: body.payload, headers: { ...body.headers, cookie: 'helder_session=sessie', 'sec-fetch-site': 'cross-site' } });
    expectError(crossSite, 403, 'cross_origin');
    const otherOrigin = await app.inject({ method: 'POST', url: EXTRACT, payload: body.payload, headers: { ...body.headers, cookie: 'helder_session=sessie', origin: 'https://evil.example' } });
    expectError(otherOrigin, 403, 'cross_origin');
  });
});

// The route in the real Helder app: these tests need `registerExtractRoute` in apps/server/src/app.ts.

describe('POST /api/communications/extract in Helder', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const upload = async (as: string | null, name: string, data: Buffer) => {
    const body = form(name, data);
    return t.app.inject({ method: 'POST', url: EXTRACT, payload: body.payload, headers: { ...body.headers, ...(as ? { cookie: await t.login(as) } : {}) } });
  };

  test('every logged-in employee may use it; without a session it is 401', async () => {
    for (const as of [DEMO.kcc, DEMO.secondLine, DEMO.teamLead, DEMO.admin, DEMO.editor]) {
      const response = await upload(as, 'brief.docx', docx());
      expect(response.statusCode, `${as}: ${response.body}`).toBe(200);
      expect(response.json().text).toMatch(/^Beste inwoner,\n\nU krijgt/);
    }
    expectError(await upload(null, 'brief.docx', docx()), 401);
  });

  test('refuses what it cannot read in Dutch, never a 5xx', async () => {
    expectError(await upload(DEMO.editor, 'scan.pdf', pdf([SCAN_PAGE])), 422, 'no_text');
    expectError(await upload(DEMO.editor, 'geheim.pdf', pdf([LETTER_PAGE], { encrypt: true })), 422, 'file_encrypted');
    expectError(await upload(DEMO.editor, 'foto.png', PNG), 415, 'unsupported_file_type');
    expectError(await upload(DEMO.editor, 'groot.txt', Buffer.alloc(MAX_UPLOAD_BYTES + 1, 'a')), 413, 'too_large');
  });

  test('is in the OpenAPI document as a multipart upload', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const operation = document.paths?.[EXTRACT]?.post;
    expect(operation, 'POST /api/communications/extract in /api/openapi.json').toBeDefined();
    expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['200', '413', '415', '422']));
  });

  test('the multipart parser belongs to this route only: other staff routes still refuse multipart bodies', async () => {
    const body = form('brief.txt', Buffer.from('Hallo'));
    const response = await t.app.inject({ method: 'POST', url: '/api/contacts', payload: body.payload, headers: { ...body.headers, cookie: await t.login(DEMO.kcc) } });
    expectError(response, 415, 'unsupported_media_type');
  });
});
