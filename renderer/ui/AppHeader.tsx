import { msg } from '../../shared/strings';
import { Logo } from './Logo';

export function AppHeader() {
  return (
    <header className="app-header">
      <Logo />
      <span className="app-name">{msg.app.name}</span>
      <span className="app-tagline">{msg.app.tagline}</span>
    </header>
  );
}
