import type { ReactNode } from 'react';
import { msg } from '../../shared/strings';
import { Logo } from './Logo';

export function AppHeader({ children }: { children?: ReactNode }) {
  return (
    <header className="app-header">
      <Logo />
      <span className="app-name">{msg.app.name}</span>
      <span className="app-tagline">{msg.app.tagline}</span>
      {children && <div className="app-header-tools">{children}</div>}
    </header>
  );
}
