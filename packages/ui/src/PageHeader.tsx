import type { ReactNode } from 'react';

export interface PageHeaderProps {
  /** The page's one h1. */
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
}

export function PageHeader({ title, description, actions }: PageHeaderProps) {
  return (
    <div className="at-page-header">
      <div>
        <h1>{title}</h1>
        {description ? <p className="at-page-header__description">{description}</p> : null}
      </div>
      {actions}
    </div>
  );
}
