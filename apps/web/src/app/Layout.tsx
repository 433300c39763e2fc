import { ROLE_LABELS, ROLES, type Role } from '@helder/domain';
import { Button } from '@utrecht/button-react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { PRESS_TEAM_NAME } from '../press/model';
import { useOrganisation, useSession } from './session';

/** The roles that handle residents' cases; the API answers 403 to anyone else on case work. */
export const CASE_ROLES: readonly Role[] = ['kcc', 'second_line', 'team_lead', 'admin'];

/**
 * Who may open each page: the roles the API behind it allows (docs/security.md, access matrix).
 * The menu shows a page only to these roles, and the router shows "Geen toegang" to anyone else,
 * so nobody meets a page that can only answer 403.
 */
export const PAGE_ROLES = {
  registerContact: CASE_ROLES,
  callbacks: CASE_ROLES,
  contacts: CASE_ROLES,
  parties: CASE_ROLES,
  today: ['kcc', 'team_lead', 'admin'],
  results: CASE_ROLES,
  surveyResults: CASE_ROLES,
  surveyAnswers: CASE_ROLES,
  closingDays: CASE_ROLES,
  teams: ['admin'],
  employees: ['admin'],
  products: ['admin'],
  audit: ['admin'],
  import: ['admin'],
  outbox: ['admin'],
  privacy: ['admin', 'privacy_officer'],
  apiTokens: ['admin'],
  // Every employee reads the knowledge base; editors and administrators write it.
  knowledge: ROLES,
  knowledgeEdit: ['editor', 'admin'],
  // Every employee may check a text for B1; the analysis runs in the browser.
  b1Check: ROLES,
  // Every employee keeps their texts in the register; the contact centre reviews bulk letters.
  communications: ROLES,
  // Every employee reads the team plans; team leads and administrators write goals.
  goals: ROLES,
  homeVisits: CASE_ROLES,
  // Every employee has their own onboarding checklist.
  onboarding: ROLES,
  // The press inbox: these roles reach it; the API and the menu narrow it to team Communicatie.
  press: ['second_line', 'team_lead', 'admin'],
} as const satisfies Record<string, readonly Role[]>;

interface NavItem {
  to: string;
  label: string;
  roles: readonly Role[];
  /** A narrower check than the roles (the press inbox is for one team). */
  team?: string;
}

const NAV: NavItem[] = [
  { to: '/contact/nieuw', label: 'Contact registreren', roles: PAGE_ROLES.registerContact },
  { to: '/terugbelverzoeken', label: 'Terugbelverzoeken', roles: PAGE_ROLES.callbacks },
  { to: '/pers', label: 'Persvragen', roles: PAGE_ROLES.press, team: PRESS_TEAM_NAME },
  { to: '/huisbezoeken', label: 'Huisbezoeken', roles: PAGE_ROLES.homeVisits },
  { to: '/contacten', label: 'Contacten', roles: PAGE_ROLES.contacts },
  { to: '/klanten', label: 'Klanten', roles: PAGE_ROLES.parties },
  { to: '/kennisbank', label: 'Kennisbank', roles: PAGE_ROLES.knowledge },
  { to: '/b1-check', label: 'B1-check', roles: PAGE_ROLES.b1Check },
  { to: '/communicatie', label: 'Communicatie', roles: PAGE_ROLES.communications },
  { to: '/vandaag', label: 'Vandaag', roles: PAGE_ROLES.today },
  { to: '/resultaten', label: 'Resultaten', roles: PAGE_ROLES.results },
  { to: '/teamdoelen', label: 'Teamdoelen', roles: PAGE_ROLES.goals },
  { to: '/inwerken', label: 'Inwerken', roles: PAGE_ROLES.onboarding },
  { to: '/onderzoek', label: 'Tevredenheidsonderzoek', roles: PAGE_ROLES.surveyResults },
  { to: '/enquete-antwoorden', label: 'Enquête-antwoorden', roles: PAGE_ROLES.surveyAnswers },
  { to: '/beheer/teams', label: 'Teams', roles: PAGE_ROLES.teams },
  { to: '/beheer/medewerkers', label: 'Medewerkers', roles: PAGE_ROLES.employees },
  { to: '/beheer/producten', label: 'Producten en diensten', roles: PAGE_ROLES.products },
  { to: '/beheer/sluitingsdagen', label: 'Sluitingsdagen', roles: PAGE_ROLES.closingDays },
  { to: '/beheer/logboek', label: 'Logboek', roles: PAGE_ROLES.audit },
  { to: '/beheer/import', label: 'Importeren', roles: PAGE_ROLES.import },
  { to: '/beheer/e-mail', label: 'E-mail', roles: PAGE_ROLES.outbox },
  { to: '/beheer/privacy', label: 'Privacy', roles: PAGE_ROLES.privacy },
  { to: '/beheer/koppelingen', label: 'Koppelingen', roles: PAGE_ROLES.apiTokens },
];

export function Layout() {
  const { me, logout, hasRole } = useSession();
  const { teams } = useOrganisation();
  const navigate = useNavigate();
  if (!me) return null;
  const inTeam = (name: string) => hasRole('admin') || teams.some((t) => t.name === name && t.id === me?.teamId);
  const items = NAV.filter((item) => hasRole(...item.roles) && (!item.team || inTeam(item.team)));
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
          {items.map((item) => (
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
