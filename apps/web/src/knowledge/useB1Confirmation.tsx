// Publishing (or saving) a public answer that is not at B1 needs the editor's confirmation, which
// the server records. The server answers 409 `b1_confirmation_needed`; this hook then opens a
// dialog that explains the findings and, when confirmed, sends the same request with
// `confirmNotB1: true`.
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useCallback, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { levelText } from '../ui/b1';
import { B1Findings, type B1View } from './B1Result';
import { ConfirmDialog } from './ConfirmDialog';

export const B1_CONFIRMATION_NEEDED = 'b1_confirmation_needed';

interface Pending<T> {
  send: (confirmNotB1: boolean) => Promise<T>;
  resolve: (value: T | undefined) => void;
  b1: B1View | null;
  action: string;
}

/**
 * `run(send, b1, action)` sends once without confirmation; on 409 it shows the dialog and resolves
 * with the second answer (or undefined when the editor cancels). Other errors are thrown.
 */
export function useB1Confirmation() {
  const [pending, setPending] = useState<Pending<unknown> | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const current = useRef<Pending<unknown> | null>(null);

  const run = useCallback(async <T,>(send: (confirmNotB1: boolean) => Promise<T>, b1: B1View | null, action: string): Promise<T | undefined> => {
    try {
      return await send(false);
    } catch (e) {
      if (!(e instanceof ApiError) || e.code !== B1_CONFIRMATION_NEEDED) throw e;
      return new Promise<T | undefined>((resolve) => {
        const next: Pending<unknown> = { send, resolve: resolve as (value: unknown) => void, b1, action };
        current.current = next;
        setError(null);
        setPending(next);
      });
    }
  }, []);

  const close = (value: unknown) => {
    current.current?.resolve(value);
    current.current = null;
    setPending(null);
  };

  const dialog = (
    <ConfirmDialog
      open={pending !== null}
      title="Dit antwoord is niet op B1-niveau"
      confirmLabel={pending ? `Toch ${pending.action}` : 'Toch doorgaan'}
      cancelLabel="Nee, eerst verbeteren"
      busy={busy}
      onCancel={() => close(undefined)}
      onConfirm={async () => {
        const p = current.current;
        if (!p) return;
        setBusy(true);
        setError(null);
        try {
          close(await p.send(true));
        } catch (e) {
          setError(e instanceof ApiError ? e.message : 'Er ging iets mis. Probeer het opnieuw.');
        } finally {
          setBusy(false);
        }
      }}
    >
      <Paragraph>
        Dit antwoord is openbaar. Inwoners lezen het ook op de website. {pending?.b1 ? `De B1-controle zegt: ${levelText(pending.b1)}.` : 'De tekst is moeilijker dan B1.'}{' '}
        Sommige inwoners begrijpen het dan misschien niet goed.
      </Paragraph>
      {pending?.b1 ? <B1Findings findings={pending.b1.findings} headingLevel={3} max={5} /> : null}
      <Paragraph>
        Wilt u het toch {pending?.action}? Dan bewaren we in de geschiedenis dat u dit heeft bevestigd.
      </Paragraph>
      {error ? (
        <Paragraph className="helder-dialog__error" role="alert">
          {error}
        </Paragraph>
      ) : null}
    </ConfirmDialog>
  );

  return { run, dialog };
}
