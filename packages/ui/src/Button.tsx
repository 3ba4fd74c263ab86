import type { ReactNode } from 'react';
import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';
import { cx } from './cx';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet' | 'danger';

export interface ButtonProps extends Omit<AriaButtonProps, 'className' | 'children'> {
  variant?: ButtonVariant;
  size?: 'md' | 'sm';
  className?: string;
  children?: ReactNode;
}

/**
 * A button (React Aria: press events, keyboard, focus-visible). `isPending` keeps focus on the
 * button, shows a spinner and announces the busy state instead of disabling it.
 */
export function Button({ variant = 'primary', size = 'md', className, children, isPending, ...props }: ButtonProps) {
  return (
    <AriaButton
      {...props}
      isPending={isPending}
      className={cx('at-button', `at-button--${variant}`, size === 'sm' && 'at-button--sm', className)}
    >
      {isPending ? <span className="at-button__spinner" aria-hidden="true" /> : null}
      {children}
    </AriaButton>
  );
}
