import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** What failed, in the user's words ("dashboard", "map"). */
  label: string;
  /** The heading shown when it fails; says what failed. */
  message?: string;
  /** The label of the button that draws the part again. */
  retryLabel?: string;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
}

/** Keeps a failure inside the part that failed, and says what failed instead of a blank screen. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`The ${this.props.label} failed`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div role="alert" className="panel panel--error">
        <h2>{this.props.message ?? `The ${this.props.label} failed to display`}</h2>
        <p>{error.message}</p>
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>
          {this.props.retryLabel ?? 'Try again'}
        </button>
      </div>
    );
  }
}
