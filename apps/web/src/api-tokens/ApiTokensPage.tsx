// Koppelingen: the keys other systems (KISS, Open Formulieren, a portal) use for the
// Klantinteracties API. A key is shown once, when it is made; Helder keeps only its hash. An
// administrator can revoke a key at once.
import { API_TOKEN_NAME_MAX } from '@helder/domain';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@utrecht/button-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { api } from '../api/client';
import { Alert, EmptyState, ErrorSummary, Loading } from '../ui/feedback';
import { TextField } from '../ui/fields';
import { formatDateTime } from '../ui/format';
import { fieldErrors, useApi, useSubmit } from '../ui/hooks';
import { PageTitle, Section } from '../ui/page';
import type { ApiToken, CreatedApiToken } from './model';

/** Takes the keyboard when it appears, so a screen reader reads it at once. */
function useFocusOnShow<T extends HTMLElement>(shown: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown]);
  return ref;
}

export function ApiTokensPage() {
  const list = useApi<ApiToken[]>('/api/api-tokens');
  const tokens = list.data ?? [];
  const [name, setName] = useState('');
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const createdRef = useFocusOnShow<HTMLDivElement>(created);
  const confirmRef = useFocusOnShow<HTMLDivElement>(revoking);
  const noticeRef = useFocusOnShow<HTMLDivElement>(notice);

  const create = useSubmit(async () => {
    const token = await api<CreatedApiToken>('/api/api-tokens', { method: 'POST', body: { name } });
    setCreated(token);
    setCopied(null);
    setNotice(null);
    setName('');
    list.reload();
    return token;
  });
  const revoke = useSubmit(async (token: ApiToken) => {
    await api(`/api/api-tokens/${token.id}`, { method: 'DELETE' });
    // The row shows it at once; the reload brings the server's time.
    list.setData((current) => current?.map((t) => (t.id === token.id ? { ...t, revokedAt: new Date().toISOString() } : t)));
    setRevoking(null);
    setNotice(`De sleutel "${token.name}" is ingetrokken. Systemen met deze sleutel kunnen niet meer bij Helder.`);
    list.reload();
    return true;
  });
  const errors = fieldErrors(create.error);

  const copy = async () => {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.token);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <>
      <PageTitle title="Koppelingen">Koppelingen (API-sleutels)</PageTitle>
      <Paragraph className="helder-lead">
        Andere systemen, zoals KISS of Open Formulieren, halen met een sleutel gegevens uit Helder. Maak voor elk systeem een eigen sleutel. Dan kunt u één sleutel intrekken en
        blijven de andere werken.
      </Paragraph>
      {notice ? (
        <div ref={noticeRef} tabIndex={-1} className="helder-focus-target">
          <Alert type="ok">{notice}</Alert>
        </div>
      ) : null}

      {created ? (
        <div ref={createdRef} tabIndex={-1} className="helder-panel helder-focus-target" role="region" aria-label="Nieuwe sleutel">
          <Paragraph>
            <strong>De sleutel voor "{created.name}" is gemaakt.</strong> U ziet deze sleutel maar één keer. Kopieer hem nu en bewaar hem op een veilige plek. Kwijt? Trek de sleutel
            dan in en maak een nieuwe.
          </Paragraph>
          <p className="utrecht-paragraph helder-secret" id="new-token">{created.token}</p>
          <div className="helder-actions">
            <Button appearance="primary-action-button" type="button" onClick={() => void copy()}>
              Kopieer de sleutel
            </Button>
            <Button appearance="subtle-button" type="button" onClick={() => setCreated(null)}>
              Ik heb de sleutel bewaard
            </Button>
          </div>
          <p className="utrecht-paragraph helder-hint" role="status">
            {copied === 'yes' ? 'De sleutel is gekopieerd.' : copied === 'failed' ? 'Kopiëren lukte niet. Selecteer de sleutel en kopieer hem zelf.' : ''}
          </p>
        </div>
      ) : null}

      <Section title="Nieuwe sleutel maken">
        <form
          className="helder-form"
          noValidate
          aria-label="Nieuwe sleutel maken"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            void create.submit();
          }}
        >
          <ErrorSummary error={create.error} fieldIds={{ name: 'token-name' }} />
          <TextField id="token-name" label="Naam van de koppeling" description="Bijvoorbeeld: KISS of Open Formulieren" required value={name} onChange={setName} maxLength={API_TOKEN_NAME_MAX} autoComplete="off" error={errors.name} />
          <div className="helder-actions">
            <Button appearance="primary-action-button" type="submit" busy={create.busy} disabled={create.busy}>
              Sleutel maken
            </Button>
          </div>
        </form>
      </Section>

      <Section title="Sleutels">
        {list.error ? <Alert type="error">{list.error.message}</Alert> : null}
        {list.loading && !list.data ? <Loading /> : null}
        {list.data && tokens.length === 0 ? <EmptyState>Er zijn nog geen sleutels.</EmptyState> : null}
        {tokens.length > 0 ? (
          <div className="utrecht-table-container helder-table-container">
            <table className="utrecht-table utrecht-table--html-table helder-table">
              <caption className="utrecht-table__caption helder-visually-hidden">Sleutels voor koppelingen</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">Naam</th>
                  <th className="utrecht-table__header-cell" scope="col">Gemaakt door</th>
                  <th className="utrecht-table__header-cell" scope="col">Gemaakt op</th>
                  <th className="utrecht-table__header-cell" scope="col">Laatst gebruikt</th>
                  <th className="utrecht-table__header-cell" scope="col">Ingetrokken</th>
                  <th className="utrecht-table__header-cell" scope="col"><span className="helder-visually-hidden">Acties</span></th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {tokens.map((t) => (
                  <tr key={t.id} className="utrecht-table__row">
                    <td className="utrecht-table__cell helder-break">{t.name}</td>
                    <td className="utrecht-table__cell">{t.createdByName ?? '–'}</td>
                    <td className="utrecht-table__cell helder-nowrap">{formatDateTime(t.createdAt)}</td>
                    <td className="utrecht-table__cell helder-nowrap">{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : <span className="helder-muted">Nog niet</span>}</td>
                    <td className="utrecht-table__cell helder-nowrap">{t.revokedAt ? formatDateTime(t.revokedAt) : <span className="helder-muted">Nee</span>}</td>
                    <td className="utrecht-table__cell">
                      {t.revokedAt ? null : (
                        <Button
                          appearance="secondary-action-button"
                          type="button"
                          id={`revoke-${t.id}`}
                          onClick={() => {
                            setNotice(null);
                            revoke.setError(null);
                            setRevoking(t);
                          }}
                        >
                          Intrekken<span className="helder-visually-hidden"> {t.name}</span>
                        </Button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {revoking ? (
          <div ref={confirmRef} tabIndex={-1} className="helder-panel helder-focus-target" role="region" aria-label="Sleutel intrekken">
            <Paragraph>
              <strong>Weet u zeker dat u de sleutel "{revoking.name}" wilt intrekken?</strong> Systemen met deze sleutel kunnen dan direct niet meer bij Helder. U kunt dit niet
              terugdraaien.
            </Paragraph>
            {revoke.error ? <Alert type="error">{revoke.error.message}</Alert> : null}
            <div className="helder-actions">
              <Button appearance="primary-action-button" type="button" busy={revoke.busy} disabled={revoke.busy} onClick={() => void revoke.submit(revoking)}>
                Ja, trek de sleutel in
              </Button>
              <Button
                appearance="subtle-button"
                type="button"
                onClick={() => {
                  const id = revoking.id;
                  setRevoking(null);
                  requestAnimationFrame(() => document.getElementById(`revoke-${id}`)?.focus());
                }}
              >
                Annuleren
              </Button>
            </div>
          </div>
        ) : null}
      </Section>
    </>
  );
}
