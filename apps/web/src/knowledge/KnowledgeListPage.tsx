// Kennisbank: every answer of the knowledge base, for every employee. Search over titles, filters,
// the answers that ask for attention (open feedback, review date passed), and the answers that do
// not solve the question (often still handed over) on top when sorted that way.
import { KNOWLEDGE_STATUS_LABELS, KNOWLEDGE_STATUSES, KNOWLEDGE_VISIBILITY_LABELS, KNOWLEDGE_VISIBILITIES } from '@helder/domain';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@utrecht/button-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { query } from '../api/client';
import { useOrganisation, useSession } from '../app/session';
import { Alert, EmptyState, Loading, LoadMore } from '../ui/feedback';
import { CheckboxField, SelectField, TextField } from '../ui/fields';
import { formatDateTime } from '../ui/format';
import { usePagedList } from '../ui/hooks';
import { PageTitle } from '../ui/page';
import { AttentionTags, StatusTag, VisibilityTag } from './KnowledgeBadges';
import { formatReviewDate, handoverShare, isEditor, type KnowledgeArticleSummary, knowledgePath, percent, times } from './model';

const PAGE_SIZE = 25;

/** The filters as they stand in the address (Dutch words), so "back" returns to the same list. */
const FILTER_KEYS = ['zoek', 'status', 'zichtbaarheid', 'team', 'product', 'aandacht', 'sorteer'] as const;
type Filters = Record<(typeof FILTER_KEYS)[number], string>;

const SORTS = [
  { value: '', api: 'updated', label: 'Laatst gewijzigd' },
  { value: 'titel', api: 'title', label: 'Titel (A tot Z)' },
  { value: 'doorgezet', api: 'handover', label: 'Vaak toch doorgezet' },
] as const;

const empty = (): Filters => Object.fromEntries(FILTER_KEYS.map((k) => [k, ''])) as Filters;

export function KnowledgeListPage() {
  const { teams, products } = useOrganisation();
  const { me } = useSession();
  const editor = isEditor(me);
  const [params, setParams] = useSearchParams();
  const applied = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ''])) as Filters;
  const [draft, setDraft] = useState<Filters>(applied);
  const set = (key: keyof Filters) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));

  const listQuery = query({
    q: applied.zoek,
    status: applied.status,
    visibility: applied.zichtbaarheid,
    teamId: applied.team,
    productId: applied.product,
    attention: applied.aandacht === 'ja' ? true : undefined,
    sort: SORTS.find((s) => s.value === applied.sorteer)?.api ?? 'updated',
    limit: PAGE_SIZE,
  });
  const list = usePagedList<KnowledgeArticleSummary>(`/api/knowledge/articles${listQuery}`);
  const { items } = list;
  const ready = !list.loading && !list.error;
  const filtered = FILTER_KEYS.some((k) => k !== 'sorteer' && applied[k]);
  const fields = Object.fromEntries((list.error?.fields ?? []).map((f) => [f.field, f.message]));

  let found = '';
  if (ready) {
    const n = items.length;
    found = n === 0 ? 'Geen antwoorden gevonden.' : `${list.hasMore ? 'Meer dan ' : ''}${n} ${n === 1 ? 'antwoord' : 'antwoorden'} in de lijst.`;
  }

  return (
    <>
      <PageTitle title="Kennisbank">Kennisbank</PageTitle>
      <Paragraph className="helder-lead">
        Alle vragen en antwoorden, voor de telefoon, de balie en de website. Zo geeft iedereen hetzelfde antwoord.
      </Paragraph>
      {editor ? (
        <div className="helder-actions">
          <Link className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" to="/kennisbank/nieuw">
            Nieuw antwoord
          </Link>
          <Link className="utrecht-link" to="/kennisbank/synoniemen">
            Synoniemen beheren
          </Link>
        </div>
      ) : null}

      <form
        className="helder-filters"
        aria-label="Zoeken en filteren"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          const next = new URLSearchParams();
          for (const key of FILTER_KEYS) if (draft[key].trim()) next.set(key, draft[key].trim());
          setParams(next);
        }}
      >
        <TextField label="Zoek op titel" type="search" value={draft.zoek} onChange={set('zoek')} maxLength={200} error={fields.q} />
        <SelectField
          label="Status"
          value={draft.status}
          onChange={set('status')}
          options={KNOWLEDGE_STATUSES.map((s) => ({ value: s, label: KNOWLEDGE_STATUS_LABELS[s] }))}
          placeholder="Alle statussen"
        />
        <SelectField
          label="Zichtbaarheid"
          value={draft.zichtbaarheid}
          onChange={set('zichtbaarheid')}
          options={KNOWLEDGE_VISIBILITIES.map((v) => ({ value: v, label: KNOWLEDGE_VISIBILITY_LABELS[v] }))}
          placeholder="Openbaar en intern"
        />
        <SelectField label="Team" value={draft.team} onChange={set('team')} options={teams.map((t) => ({ value: t.id, label: t.name }))} placeholder="Alle teams" />
        <SelectField
          label="Product of dienst"
          value={draft.product}
          onChange={set('product')}
          options={products.map((p) => ({ value: p.id, label: p.name }))}
          placeholder="Alle producten"
        />
        <SelectField
          label="Sorteren op"
          value={draft.sorteer}
          onChange={set('sorteer')}
          options={SORTS.filter((s) => s.value).map((s) => ({ value: s.value, label: s.label }))}
          placeholder={SORTS[0].label}
        />
        <CheckboxField
          label="Alleen wat aandacht vraagt"
          description="Antwoorden met open feedback, of waarvan de datum om te herzien voorbij is."
          checked={draft.aandacht === 'ja'}
          onChange={(checked) => set('aandacht')(checked ? 'ja' : '')}
        />
        <div className="helder-filters__actions">
          <Button appearance="primary-action-button" type="submit">
            Zoeken
          </Button>
          <Button
            appearance="subtle-button"
            type="button"
            onClick={() => {
              setDraft(empty());
              setParams(new URLSearchParams());
            }}
          >
            Wis filters
          </Button>
        </div>
      </form>

      <p className="utrecht-paragraph helder-hint" role="status">
        {found}
      </p>
      {list.error ? <Alert type="error">{list.error.message}</Alert> : null}
      {list.loading && items.length === 0 ? <Loading /> : null}
      {ready && items.length === 0 ? (
        <EmptyState>
          {filtered
            ? 'Wij vonden geen antwoorden die hierbij passen. Pas de filters aan, of kies "Wis filters".'
            : editor
              ? 'Er staan nog geen antwoorden in de kennisbank. Maak het eerste antwoord met de knop "Nieuw antwoord".'
              : 'Er staan nog geen antwoorden in de kennisbank.'}
        </EmptyState>
      ) : null}
      {items.length > 0 ? (
        <div className="utrecht-table-container helder-table-container">
          <table className="utrecht-table utrecht-table--html-table helder-table helder-knowledge-table">
            <caption className="utrecht-table__caption helder-visually-hidden">
              Antwoorden in de kennisbank, {SORTS.find((s) => s.value === applied.sorteer)?.label.toLowerCase() ?? 'laatst gewijzigd'} eerst
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">Antwoord</th>
                <th className="utrecht-table__header-cell" scope="col">Status</th>
                <th className="utrecht-table__header-cell" scope="col">Team</th>
                <th className="utrecht-table__header-cell" scope="col">Gebruikt</th>
                <th className="utrecht-table__header-cell" scope="col">Herzien vóór</th>
                <th className="utrecht-table__header-cell" scope="col">Gewijzigd</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {items.map((a) => {
                const share = handoverShare(a);
                return (
                  <tr key={a.id} className="utrecht-table__row">
                    <th className="utrecht-table__header-cell helder-table__row-header" scope="row">
                      <Link className="utrecht-link" to={knowledgePath(a.id)}>
                        {a.title}
                      </Link>
                      <span className="helder-cell-sub">{a.productName ?? 'Geen product of dienst'}</span>
                    </th>
                    <td className="utrecht-table__cell">
                      <span className="helder-tags">
                        <StatusTag status={a.status} />
                        <VisibilityTag visibility={a.visibility} />
                        <AttentionTags article={a} />
                      </span>
                    </td>
                    <td className="utrecht-table__cell">{a.teamName ?? '–'}</td>
                    <td className="utrecht-table__cell helder-nowrap">
                      {times(a.useCount)}
                      {share !== null ? (
                        <span className="helder-cell-sub">
                          {a.handedOverCount} toch doorgezet ({percent(share)})
                        </span>
                      ) : null}
                    </td>
                    <td className="utrecht-table__cell helder-nowrap">{a.reviewBy ? formatReviewDate(a.reviewBy) : '–'}</td>
                    <td className="utrecht-table__cell helder-nowrap">{formatDateTime(a.updatedAt)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      <LoadMore list={list} label="Meer laden" />
    </>
  );
}
