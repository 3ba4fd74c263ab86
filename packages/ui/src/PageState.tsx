import type { ReactNode } from 'react';
import { Button } from './Button';

export interface LoadingStateProps {
  /** Announced and shown, e.g. "Loading your teams…". */
  label: string;
}

/** Something is on its way: a spinner with a text that screen readers hear politely. */
export function LoadingState({ label }: LoadingStateProps) {
  return (
    <div className="at-page-state" role="status" aria-live="polite">
      <span className="at-spinner" aria-hidden="true" />
      <p className="at-page-state__message">{label}</p>
    </div>
  );
}

export interface EmptyStateProps {
  title: ReactNode;
  children?: ReactNode;
  /** What to do next, e.g. a button or link. */
  action?: ReactNode;
}

/** Nothing here yet, said kindly, with what to do next. */
export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <div className="at-page-state">
      <p className="at-page-state__title">{title}</p>
      {children ? <div className="at-page-state__message">{children}</div> : null}
      {action}
    </div>
  );
}

export interface ErrorStateProps {
  title: ReactNode;
  message?: ReactNode;
  retryLabel?: string;
  onRetry?: () => void;
}

/** Loading failed: what happened and a way to try again. */
export function ErrorState({ title, message, retryLabel, onRetry }: ErrorStateProps) {
  return (
    <div className="at-page-state at-page-state--error" role="alert">
      <p className="at-page-state__title">{title}</p>
      {message ? <p className="at-page-state__message">{message}</p> : null}
      {onRetry && retryLabel ? (
        <Button variant="secondary" onPress={onRetry}>
          {retryLabel}
        </Button>
      ) : null}
    </div>
  );
}

export type PageStateProps =
  | ({ kind: 'loading' } & LoadingStateProps)
  | ({ kind: 'empty' } & EmptyStateProps)
  | ({ kind: 'error' } & ErrorStateProps);

/** One of the three states every page has besides its content. */
export function PageState(props: PageStateProps) {
  switch (props.kind) {
    case 'loading':
      return <LoadingState label={props.label} />;
    case 'empty':
      return <EmptyState title={props.title} action={props.action}>{props.children}</EmptyState>;
    case 'error':
      return <ErrorState title={props.title} message={props.message} retryLabel={props.retryLabel} onRetry={props.onRetry} />;
  }
}
