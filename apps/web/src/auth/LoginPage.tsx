import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@utrecht/button-react';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../app/session';
import { useApi, useSubmit } from '../ui/hooks';
import { Alert, ErrorSummary } from '../ui/feedback';
import { TextField } from '../ui/fields';
import { PageTitle } from '../ui/page';

const OIDC_ERRORS: Record<string, string> = {
  oidc: 'Inloggen met uw organisatie-account lukte niet. Probeer het opnieuw of log in met uw wachtwoord.',
  onbekend: 'Uw organisatie-account is niet bekend in Helder. Vraag de beheerder om u toe te voegen.',
};

export function LoginPage() {
  const { me, login } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const options = useApi<{ oidc: boolean; municipality: string }>('/api/auth/options');
  const { submit, busy, error } = useSubmit(login);
  const back = params.get('terug');
  const target = back && back.startsWith('/') && !back.startsWith('//') ? back : '/';

  if (me) return <Navigate to={target} replace />;
  const fields = Object.fromEntries((error?.fields ?? []).map((f) => [f.field, f.message]));
  const oidcError = params.get('fout');

  return (
    <div className="helder-login">
      <main id="inhoud" className="helder-login__card">
        <div className="helder-header__brand helder-login__brand">
          <span className="helder-logo" aria-hidden="true">H</span>
          <span>
            <span className="helder-header__product">Helder</span>
            <span className="helder-header__org">Gemeente {options.data?.municipality ?? 'Dronten'}</span>
          </span>
        </div>
        <PageTitle title="Inloggen">Inloggen</PageTitle>
        <Paragraph>Log in met het e-mailadres en wachtwoord van uw werk.</Paragraph>
        {oidcError && OIDC_ERRORS[oidcError] ? <Alert type="error">{OIDC_ERRORS[oidcError]}</Alert> : null}
        <ErrorSummary error={error && error.fields.length === 0 ? error : null} />
        <form
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            if (await submit(email, password)) navigate(target, { replace: true });
          }}
        >
          <TextField label="E-mailadres" type="email" autoComplete="username" value={email} onChange={setEmail} required error={fields.email} />
          <TextField label="Wachtwoord" type="password" autoComplete="current-password" value={password} onChange={setPassword} required error={fields.password} />
          <Button appearance="primary-action-button" type="submit" busy={busy} disabled={busy}>
            Inloggen
          </Button>
        </form>
        {options.data?.oidc ? (
          <Paragraph className="helder-login__oidc">
            <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href="/api/auth/oidc/login">
              Inloggen met uw organisatie-account
            </a>
          </Paragraph>
        ) : null}
      </main>
    </div>
  );
}
