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
 * A submit button does not take focus on a pointer press, so the field being edited is not
 * blurred mid-click (a blur can change its error message and shift the button away).
 */
export function Button({ variant = 'primary', size = 'md', className, children, isPending, preventFocusOnPress, ...props }: ButtonProps) {
  return (
    <AriaButton
      {...props}
      preventFocusOnPress={preventFocusOnPress ?? props.type === 'submit'}
      isPending={isPending}
      className={cx('at-button', `at-button--${variant}`, size === 'sm' && 'at-button--sm', className)}
    >
      {isPending ? <span className="at-button__spinner" aria-hidden="true" /> : null}
      {children}
    </AriaButton>
  );
}
