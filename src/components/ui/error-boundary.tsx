import { Component, type ErrorInfo, type ReactNode } from 'react';

type ErrorBoundaryProps = {
  fallback: ReactNode;
  /** When this changes (e.g. the page address), a shown error is cleared. */
  resetKey?: string;
  children: ReactNode;
};
type ErrorBoundaryState = { hasError: boolean; errorKey?: string };

/** Keeps a failure inside one part of the page; the rest keeps working. */
export class ErrorBoundary extends Component<
  ErrorBoundaryProps,
  ErrorBoundaryState
> {
  state: ErrorBoundaryState = { hasError: false };

  static getDerivedStateFromError(): Partial<ErrorBoundaryState> {
    return { hasError: true };
  }

  static getDerivedStateFromProps(
    props: ErrorBoundaryProps,
    state: ErrorBoundaryState,
  ): Partial<ErrorBoundaryState> | null {
    if (!state.hasError) return { errorKey: props.resetKey };
    return state.errorKey !== props.resetKey
      ? { hasError: false, errorKey: props.resetKey }
      : null;
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  render() {
    return this.state.hasError ? this.props.fallback : this.props.children;
  }
}
