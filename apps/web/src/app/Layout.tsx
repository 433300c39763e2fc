import { ROLE_LABELS } from '@helder/domain';
import { Button } from '@utrecht/button-react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { useSession } from './session';

interface NavItem {
  to: string;
  label: string;
  show: boolean;
}

export function Layout() {
  const { me, logout, hasRole } = useSession();
  const navigate = useNavigate();
  if (!me) return null;
  const items: NavItem[] = [
    { to: '/contact/nieuw', label: 'Contact registreren', show: hasRole('kcc', 'second_line', 'team_lead', 'admin') },
    { to: '/terugbelverzoeken', label: 'Terugbelverzoeken', show: true },
    { to: '/contacten', label: 'Contacten', show: true },
    { to: '/vandaag', label: 'Vandaag', show: hasRole('kcc', 'team_lead', 'admin') },
    { to: '/resultaten', label: 'Resultaten', show: true },
    { to: '/onderzoek', label: 'Tevredenheidsonderzoek', show: true },
    { to: '/enquete-antwoorden', label: 'Enquête-antwoorden', show: true },
    { to: '/beheer/teams', label: 'Teams', show: hasRole('admin') },
    { to: '/beheer/medewerkers', label: 'Medewerkers', show: hasRole('admin') },
    { to: '/beheer/producten', label: 'Producten en diensten', show: hasRole('admin') },
    { to: '/beheer/sluitingsdagen', label: 'Sluitingsdagen', show: true },
    { to: '/beheer/logboek', label: 'Logboek', show: hasRole('admin') },
    { to: '/beheer/import', label: 'Importeren', show: hasRole('admin') },
    { to: '/beheer/e-mail', label: 'E-mail', show: hasRole('admin') },
    { to: '/beheer/privacy', label: 'Privacy', show: hasRole('admin', 'privacy_officer') },
  ];
  return (
    <div className="helder-shell">
      <a className="utrecht-skip-link helder-skip-link" href="#inhoud">
        Direct naar de inhoud
      </a>
      <header className="helder-header">
        <div className="helder-header__brand">
          <span className="helder-logo" aria-hidden="true">H</span>
          <span>
            <span className="helder-header__product">Helder</span>
            <span className="helder-header__org">Gemeente Dronten</span>
          </span>
        </div>
        <div className="helder-header__user">
          <span>
            {me.name}
            <span className="helder-header__roles"> · {me.roles.map((r) => ROLE_LABELS[r]).join(', ')}</span>
          </span>
          <Button
            appearance="subtle-button"
            onClick={async () => {
              await logout();
              navigate('/inloggen');
            }}
          >
            Uitloggen
          </Button>
        </div>
      </header>
      <nav className="helder-nav" aria-label="Hoofdmenu">
        <ul>
          {items
            .filter((i) => i.show)
            .map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} className={({ isActive }) => `helder-nav__link${isActive ? ' helder-nav__link--active' : ''}`}>
                  {item.label}
                </NavLink>
              </li>
            ))}
        </ul>
      </nav>
      <main id="inhoud" className="helder-main">
        <Outlet />
      </main>
    </div>
  );
}
