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
import { ImportPage } from '../imports/ImportPage';
import { DashboardPage } from '../kpis/DashboardPage';
import { PublicFiguresPage } from '../kpis/PublicFiguresPage';
import { TodayPage } from '../kpis/TodayPage';
import { OutboxPage } from '../mail/OutboxPage';
import { PrivacyPage } from '../privacy/PrivacyPage';
import { Layout } from './Layout';
import { OrganisationProvider, SessionProvider, useSession } from './session';

function RequireSession({ children }: { children: React.ReactNode }) {
  const { me, checking } = useSession();
  const location = useLocation();
  if (checking) return <Loading />;
  if (!me) return <Navigate to={`/inloggen?terug=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <>{children}</>;
}

/** Each role starts where its work is. */
function Home() {
  const { hasRole } = useSession();
  if (hasRole('kcc')) return <Navigate to="/contact/nieuw" replace />;
  if (hasRole('second_line', 'team_lead')) return <Navigate to="/terugbelverzoeken" replace />;
  if (hasRole('privacy_officer') && !hasRole('admin')) return <Navigate to="/beheer/privacy" replace />;
  return <Navigate to="/beheer/teams" replace />;
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
            <Route path="contact/nieuw" element={<RegisterContactPage />} />
            <Route path="contacten" element={<ContactsPage />} />
            <Route path="contacten/:id" element={<ContactDetailPage />} />
            <Route path="terugbelverzoeken" element={<InboxPage />} />
            <Route path="terugbelverzoeken/:id" element={<CallbackDetailPage />} />
            <Route path="resultaten" element={<DashboardPage />} />
            <Route path="vandaag" element={<TodayPage />} />
            <Route path="beheer/teams" element={<TeamsPage />} />
            <Route path="beheer/medewerkers" element={<EmployeesPage />} />
            <Route path="beheer/producten" element={<ProductsPage />} />
            <Route path="beheer/sluitingsdagen" element={<ClosingDaysPage />} />
            <Route path="beheer/logboek" element={<AuditPage />} />
            <Route path="beheer/import" element={<ImportPage />} />
            <Route path="beheer/e-mail" element={<OutboxPage />} />
            <Route path="beheer/privacy" element={<PrivacyPage />} />
            <Route path="onderzoek" element={<SurveyResultsPage />} />
            <Route path="enquete-antwoorden" element={<SurveyAnswersPage />} />
            <Route path="*" element={<NotFound />} />
          </Route>
        </Routes>
      </SessionProvider>
    </BrowserRouter>
  );
}

function NotFound() {
  return (
    <>
      <h1 className="utrecht-heading-1">Deze pagina bestaat niet</h1>
      <p className="utrecht-paragraph">
        Controleer het adres, of ga terug naar <a className="utrecht-link" href="/">de startpagina</a>.
      </p>
    </>
  );
}
