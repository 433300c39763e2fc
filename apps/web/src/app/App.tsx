import type { Role } from '@helder/domain';
import { lazy, Suspense } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { AuditPage } from '../audit/AuditPage';
import { LoginPage } from '../auth/LoginPage';
import { ClosingDaysPage } from '../calendar/ClosingDaysPage';
import { CallbackDetailPage } from '../callbacks/CallbackDetailPage';
import { InboxPage } from '../callbacks/InboxPage';
import { ContactDetailPage } from '../contacts/ContactDetailPage';
import { ContactsPage } from '../contacts/ContactsPage';
import { RegisterContactPage } from '../contacts/RegisterContactPage';
import { EmployeesPage } from '../organisation/EmployeesPage';
import { ProductsPage } from '../organisation/ProductsPage';
import { TeamsPage } from '../organisation/TeamsPage';
import { SurveyAnswersPage } from '../surveys/SurveyAnswersPage';
import { SurveyResultsPage } from '../surveys/SurveyResultsPage';
import { Loading } from '../ui/feedback';
import { PageTitle } from '../ui/page';
import { ImportPage } from '../imports/ImportPage';
import { DashboardPage } from '../kpis/DashboardPage';
import { PublicFiguresPage } from '../kpis/PublicFiguresPage';
import { TodayPage } from '../kpis/TodayPage';
import { OutboxPage } from '../mail/OutboxPage';
import { PrivacyPage } from '../privacy/PrivacyPage';
import { ApiTokensPage } from '../api-tokens/ApiTokensPage';
import { ArticlePage } from '../knowledge/ArticlePage';
import { KnowledgeListPage } from '../knowledge/KnowledgeListPage';
import { SynonymsPage } from '../knowledge/SynonymsPage';
import { PartiesPage } from '../parties/PartiesPage';
import { NewPartyPage, PartyPage } from '../parties/PartyPage';
import { Layout, PAGE_ROLES } from './Layout';
import { OrganisationProvider, SessionProvider, useSession } from './session';

// The answer editor brings TipTap and the B1 analyser's word lists: loaded only when an editor opens it.
const NewArticlePage = lazy(() => import('../knowledge/ArticleEditorPage').then((m) => ({ default: m.NewArticlePage })));
const EditArticlePage = lazy(() => import('../knowledge/ArticleEditorPage').then((m) => ({ default: m.EditArticlePage })));
// The register of outgoing communication: loaded when it is opened (it shows B1 findings).
const RegisterPage = lazy(() => import('../communications/RegisterPage').then((m) => ({ default: m.RegisterPage })));
const NewTextPage = lazy(() => import('../communications/NewTextPage').then((m) => ({ default: m.NewTextPage })));
const TextPage = lazy(() => import('../communications/TextPage').then((m) => ({ default: m.TextPage })));
// The B1-check runs the analyser in the browser: its word lists load only when the page opens.
const HomeVisitsPage = lazy(() => import('../home-visits/HomeVisitsPage').then((m) => ({ default: m.HomeVisitsPage })));
const OnboardingPage = lazy(() => import('../onboarding/OnboardingPage').then((m) => ({ default: m.OnboardingPage })));
const TeamGoalsPage = lazy(() => import('../goals/TeamGoalsPage').then((m) => ({ default: m.TeamGoalsPage })));
const PressInboxPage = lazy(() => import('../press/PressInboxPage').then((m) => ({ default: m.PressInboxPage })));
const PressQuestionPage = lazy(() => import('../press/PressQuestionPage').then((m) => ({ default: m.PressQuestionPage })));
const B1CheckPage = lazy(() => import('../b1-check/B1CheckPage').then((m) => ({ default: m.B1CheckPage })));

function RequireSession({ children }: { children: React.ReactNode }) {
  const { me, checking } = useSession();
  const location = useLocation();
  if (checking) return <Loading />;
  if (!me) return <Navigate to={`/inloggen?terug=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <>{children}</>;
}

/**
 * A page only for these roles (PAGE_ROLES in Layout.tsx, the same the API allows). Anyone else gets
 * a plain "no access" page instead of a screen whose every request would answer 403.
 */
function RequireRole({ roles, children }: { roles: readonly Role[]; children: React.ReactNode }) {
  const { hasRole } = useSession();
  if (!hasRole(...roles)) return <NoAccess />;
  return <>{children}</>;
}

/** Each role starts where its work is. */
function Home() {
  const { hasRole } = useSession();
  if (hasRole('kcc')) return <Navigate to="/contact/nieuw" replace />;
  if (hasRole('second_line', 'team_lead')) return <Navigate to="/terugbelverzoeken" replace />;
  if (hasRole('admin')) return <Navigate to="/beheer/teams" replace />;
  if (hasRole('privacy_officer')) return <Navigate to="/beheer/privacy" replace />;
  if (hasRole('editor')) return <Navigate to="/kennisbank" replace />;
  return <NoAccess />;
}

export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <Routes>
          <Route path="/inloggen" element={<LoginPage />} />
          <Route path="/cijfers" element={<PublicFiguresPage />} />
          <Route
            element={
              <RequireSession>
                <OrganisationProvider>
                  <Layout />
                </OrganisationProvider>
              </RequireSession>
            }
          >
            <Route index element={<Home />} />
            <Route path="contact/nieuw" element={<RequireRole roles={PAGE_ROLES.registerContact}><RegisterContactPage /></RequireRole>} />
            <Route path="contacten" element={<RequireRole roles={PAGE_ROLES.contacts}><ContactsPage /></RequireRole>} />
            <Route path="contacten/:id" element={<RequireRole roles={PAGE_ROLES.contacts}><ContactDetailPage /></RequireRole>} />
            <Route path="klanten" element={<RequireRole roles={PAGE_ROLES.parties}><PartiesPage /></RequireRole>} />
            <Route path="klanten/nieuw" element={<RequireRole roles={PAGE_ROLES.parties}><NewPartyPage /></RequireRole>} />
            <Route path="klanten/:id" element={<RequireRole roles={PAGE_ROLES.parties}><PartyPage /></RequireRole>} />
            <Route path="kennisbank" element={<RequireRole roles={PAGE_ROLES.knowledge}><KnowledgeListPage /></RequireRole>} />
            <Route path="kennisbank/nieuw" element={<RequireRole roles={PAGE_ROLES.knowledgeEdit}><Suspense fallback={<Loading />}><NewArticlePage /></Suspense></RequireRole>} />
            <Route path="kennisbank/synoniemen" element={<RequireRole roles={PAGE_ROLES.knowledgeEdit}><SynonymsPage /></RequireRole>} />
            <Route path="kennisbank/:id" element={<RequireRole roles={PAGE_ROLES.knowledge}><ArticlePage /></RequireRole>} />
            <Route path="kennisbank/:id/bewerken" element={<RequireRole roles={PAGE_ROLES.knowledgeEdit}><Suspense fallback={<Loading />}><EditArticlePage /></Suspense></RequireRole>} />
            <Route path="communicatie" element={<RequireRole roles={PAGE_ROLES.communications}><Suspense fallback={<Loading />}><RegisterPage /></Suspense></RequireRole>} />
            <Route path="communicatie/nieuw" element={<RequireRole roles={PAGE_ROLES.communications}><Suspense fallback={<Loading />}><NewTextPage /></Suspense></RequireRole>} />
            <Route path="communicatie/:id" element={<RequireRole roles={PAGE_ROLES.communications}><Suspense fallback={<Loading />}><TextPage /></Suspense></RequireRole>} />
            <Route path="b1-check" element={<RequireRole roles={PAGE_ROLES.b1Check}><Suspense fallback={<Loading />}><B1CheckPage /></Suspense></RequireRole>} />
            <Route path="huisbezoeken" element={<RequireRole roles={PAGE_ROLES.homeVisits}><Suspense fallback={<Loading />}><HomeVisitsPage /></Suspense></RequireRole>} />
            <Route path="inwerken" element={<RequireRole roles={PAGE_ROLES.onboarding}><Suspense fallback={<Loading />}><OnboardingPage /></Suspense></RequireRole>} />
            <Route path="teamdoelen" element={<RequireRole roles={PAGE_ROLES.goals}><Suspense fallback={<Loading />}><TeamGoalsPage /></Suspense></RequireRole>} />
            <Route path="pers" element={<RequireRole roles={PAGE_ROLES.press}><Suspense fallback={<Loading />}><PressInboxPage /></Suspense></RequireRole>} />
            <Route path="pers/:id" element={<RequireRole roles={PAGE_ROLES.press}><Suspense fallback={<Loading />}><PressQuestionPage /></Suspense></RequireRole>} />
            <Route path="terugbelverzoeken" element={<RequireRole roles={PAGE_ROLES.callbacks}><InboxPage /></RequireRole>} />
            <Route path="terugbelverzoeken/:id" element={<RequireRole roles={PAGE_ROLES.callbacks}><CallbackDetailPage /></RequireRole>} />
            <Route path="resultaten" element={<RequireRole roles={PAGE_ROLES.results}><DashboardPage /></RequireRole>} />
            <Route path="vandaag" element={<RequireRole roles={PAGE_ROLES.today}><TodayPage /></RequireRole>} />
            <Route path="beheer/teams" element={<RequireRole roles={PAGE_ROLES.teams}><TeamsPage /></RequireRole>} />
            <Route path="beheer/medewerkers" element={<RequireRole roles={PAGE_ROLES.employees}><EmployeesPage /></RequireRole>} />
            <Route path="beheer/producten" element={<RequireRole roles={PAGE_ROLES.products}><ProductsPage /></RequireRole>} />
            <Route path="beheer/sluitingsdagen" element={<RequireRole roles={PAGE_ROLES.closingDays}><ClosingDaysPage /></RequireRole>} />
            <Route path="beheer/logboek" element={<RequireRole roles={PAGE_ROLES.audit}><AuditPage /></RequireRole>} />
            <Route path="beheer/import" element={<RequireRole roles={PAGE_ROLES.import}><ImportPage /></RequireRole>} />
            <Route path="beheer/e-mail" element={<RequireRole roles={PAGE_ROLES.outbox}><OutboxPage /></RequireRole>} />
            <Route path="beheer/privacy" element={<RequireRole roles={PAGE_ROLES.privacy}><PrivacyPage /></RequireRole>} />
            <Route path="beheer/koppelingen" element={<RequireRole roles={PAGE_ROLES.apiTokens}><ApiTokensPage /></RequireRole>} />
            <Route path="onderzoek" element={<RequireRole roles={PAGE_ROLES.surveyResults}><SurveyResultsPage /></RequireRole>} />
            <Route path="enquete-antwoorden" element={<RequireRole roles={PAGE_ROLES.surveyAnswers}><SurveyAnswersPage /></RequireRole>} />
            <Route path="*" element={<NotFound />} />
          </Route>
        </Routes>
      </SessionProvider>
    </BrowserRouter>
  );
}

function NoAccess() {
  return (
    <>
      <PageTitle title="Geen toegang">U heeft geen toegang tot deze pagina</PageTitle>
      <p className="utrecht-paragraph">
        Deze pagina hoort niet bij uw rol. Denkt u dat u hier wel moet kunnen werken? Vraag het aan de beheerder. Of ga terug naar{' '}
        <a className="utrecht-link" href="/">de startpagina</a>.
      </p>
    </>
  );
}

function NotFound() {
  return (
    <>
      <PageTitle title="Pagina bestaat niet">Deze pagina bestaat niet</PageTitle>
      <p className="utrecht-paragraph">
        Controleer het adres, of ga terug naar <a className="utrecht-link" href="/">de startpagina</a>.
      </p>
    </>
  );
}
