// Prints report HTML to PDF with headless Chromium. Starting a browser takes far longer than
// printing, so it starts on the first PDF and is reused; one page prints at a time (Chromium's
// memory, not the CPU, is what a burst of requests would exhaust), with a short queue behind it.
import type { FastifyBaseLogger } from 'fastify';
import { AppError } from '../http/errors.js';
import { type Browser, chromium } from 'playwright-core';
import { esc } from './html.js';

/** Chromium is missing, will not start, crashed or hangs: the PDF cannot be made right now. */
export class PdfUnavailableError extends Error {}
/** Too many PDFs are waiting already. */
export class PdfBusyError extends Error {}

// Flags that let Debian's chromium run in a container without a sandbox or a GPU, and keep it
// from calling home.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface PdfPrinterOptions {
  executablePath?: string;
  /** Per step (launch, loading the HTML, printing). */
  timeoutMs?: number;
  /** PDFs allowed to wait behind the one being printed. */
  maxWaiting?: number;
}

export class PdfPrinter {
  private browser: Promise<Browser> | undefined;
  private tail: Promise<unknown> = Promise.resolve();
  private pending = 0;
  private closed = false;
  private readonly executablePath: string;
  private readonly timeoutMs: number;
  private readonly maxWaiting: number;

  constructor(options: PdfPrinterOptions = {}) {
    this.executablePath = options.executablePath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.maxWaiting = options.maxWaiting ?? 8;
  }

  /** The HTML as an A4 PDF, tagged (accessible) and with bookmarks from the headings. */
  print(html: string, footer: { title: string }): Promise<Buffer> {
    if (this.closed) return Promise.reject(new PdfUnavailableError('printer closed'));
    // One printing plus `maxWaiting` behind it.
    if (this.pending > this.maxWaiting) return Promise.reject(new PdfBusyError('queue full'));
    this.pending += 1;
    const job = this.tail.then(() => this.render(html, footer.title)).finally(() => {
      this.pending -= 1;
    });
    this.tail = job.catch(() => undefined);
    return job;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.tail;
    const launching = this.browser;
    this.browser = undefined;
    const browser = await launching?.catch(() => undefined);
    await browser?.close().catch(() => undefined);
  }

  private async instance(): Promise<Browser> {
    const existing = await this.browser?.catch(() => undefined);
    if (existing?.isConnected()) return existing;
    this.browser = chromium.launch({ executablePath: this.executablePath, args: ARGS, timeout: this.timeoutMs });
    try {
      return await this.browser;
    } catch (error) {
      // Forget the failure: the next request tries again (chromium may be installed by then).
      this.browser = undefined;
      throw new PdfUnavailableError('chromium did not start', { cause: error });
    }
  }

  private async render(html: string, title: string): Promise<Buffer> {
    if (this.closed) throw new PdfUnavailableError('printer closed');
    const browser = await this.instance();
    try {
      // The HTML is ours and has no scripts or links, but the page may still not run anything
      // or fetch anything: defence in depth for a browser inside the server.
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      try {
        await context.route('**/*', (route) => route.abort());
        const page = await context.newPage();
        page.setDefaultTimeout(this.timeoutMs);
        await page.setContent(html, { waitUntil: 'load' });
        return await page.pdf({
          format: 'A4',
          printBackground: true,
          tagged: true,
          outline: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          // Chromium renders the footer in its own tiny document: it needs its own font size.
          footerTemplate: `<div style="width:100%;margin:0 16mm;font-family:'Liberation Sans',Arial,sans-serif;font-size:8pt;color:#333;display:flex;justify-content:space-between"><span>${esc(title)}</span><span>Pagina <span class="pageNumber"></span> van <span class="totalPages"></span></span></div>`,
          margin: { top: '18mm', right: '16mm', bottom: '20mm', left: '16mm' },
        });
      } finally {
        await context.close().catch(() => undefined);
      }
    } catch (error) {
      if (error instanceof PdfUnavailableError) throw error;
      // A crashed or hung browser: drop it, so the next request starts a fresh one.
      if (!browser.isConnected() || (error instanceof Error && error.name === 'TimeoutError')) {
        this.browser = undefined;
        await browser.close().catch(() => undefined);
        throw new PdfUnavailableError('chromium failed while printing', { cause: error });
      }
      throw error;
    }
  }
}

/**
 * Prints for a route: a full queue or a missing browser answers 503 with a Dutch message that ends
 * with `hint` (what the user can choose instead), never a 500.
 */
export async function printOr503(printer: PdfPrinter, html: string, title: string, log: FastifyBaseLogger, hint: string): Promise<Buffer> {
  try {
    return await printer.print(html, { title });
  } catch (error) {
    if (error instanceof PdfBusyError) {
      throw new AppError(503, 'pdf_busy', 'Er worden nu veel PDF-bestanden gemaakt. Probeer het over een minuut opnieuw.', undefined, { 'retry-after': '60' });
    }
    if (error instanceof PdfUnavailableError) {
      log.error({ err: error.cause ?? error }, 'pdf printing unavailable');
      throw new AppError(503, 'pdf_unavailable', `De PDF kan nu niet gemaakt worden. Probeer het later opnieuw, ${hint}`);
    }
    throw error;
  }
}
