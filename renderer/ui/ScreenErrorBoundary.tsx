/**
 * The last line of defence for a screen that fails to draw (a bug, or a screen's script that could
 * not be loaded): instead of a blank window in front of a client, say what happened and offer a
 * way on. Edits are stored as they are made, so nothing already shown as saved is lost.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { msg } from '../../shared/strings';

interface Props {
  children: ReactNode;
  /** A new screen (another workshop, the library) starts afresh. */
  resetKey: string;
  onLeave(): void;
}

export class ScreenErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('A screen failed to draw:', error, info.componentStack);
  }

  override componentDidUpdate(prev: Props): void {
    if (prev.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: false });
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="centered-message screen-failed" role="alert">
        <h1>{msg.errors.screenFailedTitle}</h1>
        <p>{msg.errors.screenFailed}</p>
        <div className="screen-failed-actions">
          <button type="button" className="btn btn-secondary" onClick={this.props.onLeave}>
            {msg.workshop.backToLibrary}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
            {msg.common.reload}
          </button>
        </div>
      </div>
    );
  }
}
