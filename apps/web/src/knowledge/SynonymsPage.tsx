// Synonyms for the search (editors): a word and the words that mean the same, such as kliko →
// container. The whole list is saved at once; the server's messages appear at the row they are
// about, and what was typed stays.
import { KNOWLEDGE_LIMITS } from '@helder/domain';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@utrecht/button-react';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { api, ApiError } from '../api/client';
import { Alert, EmptyState, ErrorSummary, Loading } from '../ui/feedback';
import { formatDateTime } from '../ui/format';
import { useApi, useSubmit } from '../ui/hooks';
import { PageTitle } from '../ui/page';
import { type KnowledgeSynonyms, parseKeywords } from './model';

interface Row {
  key: number;
  term: string;
  synonyms: string;
  updatedAt: string | null;
}

let nextKey = 1;
const toRows = (data: KnowledgeSynonyms): Row[] =>
  data.items.map((item) => ({ key: nextKey++, term: item.term, synonyms: item.synonyms.join(', '), updatedAt: item.updatedAt }));

/** The server's messages per row and column: `items.3.synonyms.1` is row 3, column synonyms. */
function rowErrors(error: ApiError | null): Map<number, { term?: string; synonyms?: string }> {
  const out = new Map<number, { term?: string; synonyms?: string }>();
  for (const f of error?.fields ?? []) {
    const match = /^items\.(\d+)\.(term|synonyms)/.exec(f.field);
    if (!match) continue;
    const row = out.get(Number(match[1])) ?? {};
    row[match[2] as 'term' | 'synonyms'] ??= f.message;
    out.set(Number(match[1]), row);
  }
  return out;
}

export function SynonymsPage() {
  const loaded = useApi<KnowledgeSynonyms>('/api/knowledge/synonyms');
  const [rows, setRows] = useState<Row[] | null>(null);
  const [saved, setSaved] = useState(false);
  const tableRef = useRef<HTMLTableSectionElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const focusAfter = useRef<{ row: number } | 'add' | null>(null);

  useEffect(() => {
    if (loaded.data && rows === null) setRows(toRows(loaded.data));
  }, [loaded.data, rows]);

  // After adding or removing a row the keyboard goes somewhere useful.
  useEffect(() => {
    const target = focusAfter.current;
    if (!target) return;
    focusAfter.current = null;
    if (target === 'add') addRef.current?.focus();
    else tableRef.current?.querySelectorAll<HTMLInputElement>('input[data-column="term"]')[target.row]?.focus();
  }, [rows]);

  const { submit, busy, error } = useSubmit(async (current: Row[]) => {
    const items = current
      .filter((r) => r.term.trim() || r.synonyms.trim())
      .map((r) => ({ term: r.term.trim(), synonyms: parseKeywords(r.synonyms) }));
    return api<KnowledgeSynonyms>('/api/knowledge/synonyms', { method: 'PUT', body: { items } });
  });

  // Messages refer to the rows as sent (empty rows left out): map them back to the rows shown, by
  // the rows at the moment of sending. Computed once per answer, so the summary takes focus once.
  const sentRows = useRef<Row[]>([]);
  const { byRow, summary, summaryIds } = useMemo(() => {
    const sentIndex: number[] = [];
    sentRows.current.forEach((r, i) => {
      if (r.term.trim() || r.synonyms.trim()) sentIndex.push(i);
    });
    const rowsByIndex = new Map<number, { term?: string; synonyms?: string }>();
    for (const [index, messages] of rowErrors(error)) {
      const shown = sentIndex[index];
      if (shown !== undefined) rowsByIndex.set(sentRows.current[shown]!.key, messages);
    }
    // The summary names the row of each message and links to its field.
    const ids: Record<string, string> = {};
    const named = error
      ? new ApiError(
          error.status,
          error.code,
          error.message,
          error.fields.map((f) => {
            const match = /^items\.(\d+)\.(term|synonyms)/.exec(f.field);
            const shown = match ? sentIndex[Number(match[1])] : undefined;
            if (shown === undefined || !match) return f;
            ids[f.field] = `${match[2] === 'term' ? 'synonym-term' : 'synonym-words'}-${sentRows.current[shown]!.key}`;
            return { field: f.field, message: `Woord ${shown + 1}: ${f.message}` };
          }),
        )
      : null;
    return { byRow: rowsByIndex, summary: named, summaryIds: ids };
  }, [error]);

  if (loaded.loading && !loaded.data) return <Loading />;
  if (loaded.error || rows === null) {
    return (
      <>
        <PageTitle title="Synoniemen">Synoniemen</PageTitle>
        {loaded.error ? <Alert type="error">{loaded.error.message}</Alert> : <Loading />}
      </>
    );
  }

  const update = (key: number, change: Partial<Row>) => {
    setSaved(false);
    setRows((current) => current!.map((r) => (r.key === key ? { ...r, ...change } : r)));
  };
  const remove = (index: number) => {
    setSaved(false);
    focusAfter.current = rows.length > 1 ? { row: Math.min(index, rows.length - 2) } : 'add';
    setRows((current) => current!.filter((_, i) => i !== index));
  };
  const add = () => {
    setSaved(false);
    focusAfter.current = { row: rows.length };
    setRows((current) => [...current!, { key: nextKey++, term: '', synonyms: '', updatedAt: null }]);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    sentRows.current = rows;
    const result = await submit(rows);
    if (!result) return;
    setRows(toRows(result));
    setSaved(true);
  };

  return (
    <>
      <Paragraph>
        <Link className="utrecht-link" to="/kennisbank">
          ← Kennisbank
        </Link>
      </Paragraph>
      <PageTitle title="Synoniemen">Synoniemen</PageTitle>
      <Paragraph className="helder-lead">
        Inwoners gebruiken vaak andere woorden dan wij. Zoekt iemand op een woord uit de eerste kolom, dan zoekt Helder ook op de synoniemen. Bijvoorbeeld:
        kliko → container.
      </Paragraph>
      {saved ? <Alert type="ok">De synoniemen zijn opgeslagen. Het zoeken gebruikt ze meteen.</Alert> : null}
      <ErrorSummary error={summary} fieldIds={summaryIds} />
      <form noValidate onSubmit={onSubmit} aria-label="Synoniemen">
        {rows.length === 0 ? (
          <EmptyState>Er zijn nog geen synoniemen. Voeg een woord toe met de knop "Woord toevoegen".</EmptyState>
        ) : (
          <div className="utrecht-table-container helder-table-container">
            <table className="utrecht-table utrecht-table--html-table helder-table helder-synonyms">
              <caption className="utrecht-table__caption">
                {rows.length === 1 ? '1 woord' : `${rows.length} woorden`} met synoniemen
              </caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">
                    Woord
                  </th>
                  <th className="utrecht-table__header-cell" scope="col">
                    Synoniemen <span className="helder-hint">(met een komma ertussen)</span>
                  </th>
                  <th className="utrecht-table__header-cell" scope="col">
                    Gewijzigd
                  </th>
                  <th className="utrecht-table__header-cell" scope="col">
                    <span className="helder-visually-hidden">Weghalen</span>
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body" ref={tableRef}>
                {rows.map((row, index) => {
                  const messages = byRow.get(row.key) ?? {};
                  const n = index + 1;
                  return (
                    <tr key={row.key} className="utrecht-table__row">
                      <td className="utrecht-table__cell">
                        <label className="helder-visually-hidden" htmlFor={`synonym-term-${row.key}`}>
                          Woord {n}
                        </label>
                        <input
                          id={`synonym-term-${row.key}`}
                          data-column="term"
                          className={`utrecht-textbox utrecht-textbox--html-input${messages.term ? ' utrecht-textbox--invalid' : ''}`}
                          value={row.term}
                          maxLength={KNOWLEDGE_LIMITS.keyword}
                          autoComplete="off"
                          aria-invalid={messages.term ? true : undefined}
                          aria-describedby={messages.term ? `synonym-term-${row.key}-error` : undefined}
                          onChange={(e) => update(row.key, { term: e.target.value })}
                        />
                        {messages.term ? (
                          <span id={`synonym-term-${row.key}-error`} className="utrecht-form-field-error-message">
                            {messages.term}
                          </span>
                        ) : null}
                      </td>
                      <td className="utrecht-table__cell">
                        <label className="helder-visually-hidden" htmlFor={`synonym-words-${row.key}`}>
                          Synoniemen van woord {n}
                        </label>
                        <input
                          id={`synonym-words-${row.key}`}
                          className={`utrecht-textbox utrecht-textbox--html-input helder-synonyms__words${messages.synonyms ? ' utrecht-textbox--invalid' : ''}`}
                          value={row.synonyms}
                          autoComplete="off"
                          aria-invalid={messages.synonyms ? true : undefined}
                          aria-describedby={messages.synonyms ? `synonym-words-${row.key}-error` : undefined}
                          onChange={(e) => update(row.key, { synonyms: e.target.value })}
                        />
                        {messages.synonyms ? (
                          <span id={`synonym-words-${row.key}-error`} className="utrecht-form-field-error-message">
                            {messages.synonyms}
                          </span>
                        ) : null}
                      </td>
                      <td className="utrecht-table__cell helder-nowrap">{row.updatedAt ? formatDateTime(row.updatedAt) : <span className="helder-muted">Nieuw</span>}</td>
                      <td className="utrecht-table__cell">
                        <Button appearance="subtle-button" type="button" onClick={() => remove(index)}>
                          Weghalen<span className="helder-visually-hidden"> woord {n}{row.term ? ` (${row.term})` : ''}</span>
                        </Button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        <div className="helder-actions">
          <Button ref={addRef} appearance="secondary-action-button" type="button" onClick={add}>
            Woord toevoegen
          </Button>
          <Button appearance="primary-action-button" type="submit" busy={busy} disabled={busy}>
            Synoniemen opslaan
          </Button>
        </div>
      </form>
    </>
  );
}
