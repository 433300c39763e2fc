import { quarterRange } from '@helder/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, errorSchema } from '../http/schemas.js';
import type { Services } from '../services.js';
import { printOr503 } from './pdf.js';
import { progressReportTitle, renderProgressReportHtml } from './render-html.js';

const staff = { auth: ['kcc', 'second_line', 'team_lead', 'admin'] as const };

const quarterSchema = z
  .string({ error: (issue) => (issue.input === undefined ? 'Kies een kwartaal, bijvoorbeeld 2026-Q3.' : undefined) })
  .superRefine((value, ctx) => {
    if (!quarterRange(value)) {
      ctx.addIssue({ code: 'custom', message: 'Dit kwartaal klopt niet. Schrijf het kwartaal zo: 2026-Q3.' });
      return;
    }
    const year = Number(value.slice(0, 4));
    if (year < 2000 || year > 2100) ctx.addIssue({ code: 'custom', message: 'Kies een jaar van 2000 tot en met 2100.' });
  })
  .describe('A quarter, YYYY-Qn');

export const reportRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const { reports } = services;

  app.get('/api/reports/progress', {
    config: staff,
    schema: {
      tags: ['reports'],
      summary: "The council's quarterly progress report (voortgangsrapportage): every KPI with its target, verdict, trend and definition, as HTML or PDF",
      querystring: z.object({
        quarter: quarterSchema,
        format: z.enum(['html', 'pdf'], { error: 'Kies html of pdf.' }).default('html'),
      }),
      response: {
        200: {
          description: 'The report: a self-contained HTML document, or the same printed as an A4 PDF',
          content: { 'text/html': { schema: z.string() }, 'application/pdf': { schema: z.any().describe('The PDF file (binary)') } },
        },
        ...errorResponses,
        503: errorSchema,
      },
    },
  }, async (request, reply) => {
    const { quarter, format } = request.query;
    const report = await reports.progress(quarter);
    const html = renderProgressReportHtml(report);
    const filename = `voortgangsrapportage-${quarter}`;
    if (format === 'html') {
      return reply.type('text/html; charset=utf-8').header('content-disposition', `inline; filename="${filename}.html"`).send(html);
    }
    const pdf = await printOr503(services.pdf, html, progressReportTitle(report), request.log, 'of open de rapportage als webpagina.');
    return reply.type('application/pdf').header('content-disposition', `attachment; filename="${filename}.pdf"`).send(pdf);
  });
};
