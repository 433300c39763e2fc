// The BSN is shown masked. The whole number only appears when the employee asks for it, and every
// time that is written in the audit log: the page says so before and after.
import { Button } from '@utrecht/button-react';
import { useState } from 'react';
import { api } from '../api/client';
import type { PartyView } from './model';

export function BsnReveal({ party }: { party: PartyView }) {
  const [bsn, setBsn] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!party.bsnMasked) return <span className="helder-muted">Niet bekend</span>;

  const toggle = async () => {
    if (bsn) {
      setBsn(null);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setBsn((await api<{ bsn: string }>(`/api/parties/${party.id}/bsn`)).bsn);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="helder-bsn">
      <span className="helder-nowrap" aria-live="polite">
        {bsn ?? (
          <>
            {party.bsnMasked}
            <span className="helder-visually-hidden"> (verborgen)</span>
          </>
        )}
      </span>{' '}
      <Button appearance="secondary-action-button" type="button" busy={busy} disabled={busy} onClick={() => void toggle()}>
        {bsn ? 'Verberg BSN' : 'Toon BSN'}
      </Button>
      <p className="utrecht-paragraph helder-hint" role="status">
        {error ?? (bsn ? 'U heeft het BSN bekeken. Dat staat nu in het logboek.' : 'Als u het BSN bekijkt, komt dat in het logboek.')}
      </p>
    </div>
  );
}
