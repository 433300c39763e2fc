import type { Role } from '@helder/domain';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { api, onUnauthorised } from '../api/client';
import type { Employee, Me, Product, Team } from '../api/types';

interface Session {
  me: Me | null;
  checking: boolean;
  login(email: string, password: string): Promise<Me>;
  logout(): Promise<void>;
  hasRole(...roles: Role[]): boolean;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [checking, setChecking] = useState(true);

  useEffect(() => {
    api<Me>('/api/auth/me')
      .then(setMe)
      .catch(() => setMe(null))
      .finally(() => setChecking(false));
    return onUnauthorised(() => setMe(null));
  }, []);

  const login = useCallback(async (email: string, password: string) => {
    const result = await api<Me>('/api/auth/login', { method: 'POST', body: { email, password } });
    setMe(result);
    return result;
  }, []);

  const logout = useCallback(async () => {
    await api('/api/auth/logout', { method: 'POST' }).catch(() => undefined);
    setMe(null);
  }, []);

  const value = useMemo<Session>(
    () => ({ me, checking, login, logout, hasRole: (...roles) => !!me && roles.some((r) => me.roles.includes(r)) }),
    [me, checking, login, logout],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** Teams, products and colleagues: small lists many screens need, loaded once per session. */
interface Organisation {
  teams: Team[];
  products: Product[];
  employees: Employee[];
  loaded: boolean;
  reload(): void;
  teamName(id: string | null | undefined): string;
}

const OrganisationContext = createContext<Organisation | null>(null);

export function OrganisationProvider({ children }: { children: ReactNode }) {
  const { me } = useSession();
  const [state, setState] = useState<{ teams: Team[]; products: Product[]; employees: Employee[]; loaded: boolean }>({
    teams: [],
    products: [],
    employees: [],
    loaded: false,
  });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (!me) return;
    let cancelled = false;
    Promise.all([api<Team[]>('/api/teams'), api<Product[]>('/api/products'), api<Employee[]>('/api/employees?active=true&limit=1000')])
      .then(([teams, products, employees]) => {
        if (!cancelled) setState({ teams, products, employees, loaded: true });
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [me, version]);

  const value = useMemo<Organisation>(
    () => ({
      ...state,
      reload: () => setVersion((v) => v + 1),
      teamName: (id) => state.teams.find((t) => t.id === id)?.name ?? '',
    }),
    [state],
  );
  return <OrganisationContext.Provider value={value}>{children}</OrganisationContext.Provider>;
}

export function useOrganisation(): Organisation {
  const organisation = useContext(OrganisationContext);
  if (!organisation) throw new Error('useOrganisation outside OrganisationProvider');
  return organisation;
}
