import { ReactNode } from 'react';
import { Link as RouterLink, useLocation } from 'react-router';

/** An NL Design System link that navigates inside the app (no page load, the session stays in memory). */
export function AppLink({ naar, children }: { naar: string; children: ReactNode }) {
  const { pathname } = useLocation();
  const huidig = pathname === naar;
  return (
    <RouterLink to={naar} className={`nl-link${huidig ? ' nl-link--current' : ''}`} aria-current={huidig ? 'page' : undefined}>
      {children}
    </RouterLink>
  );
}
