import type { ReactNode } from 'react';
import { Dialog as AriaDialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Button } from './Button';

export { DialogTrigger } from 'react-aria-components';

export interface ModalDialogProps {
  title: ReactNode;
  /** Content, or a function that receives `close`. */
  children: ReactNode | ((close: () => void) => ReactNode);
  /** Controlled open state; leave out when used inside a `DialogTrigger`. */
  isOpen?: boolean;
  onOpenChange?: (isOpen: boolean) => void;
  /** Whether a click outside or Escape closes it (default true). */
  isDismissable?: boolean;
  role?: 'dialog' | 'alertdialog';
}

/** A modal dialog: focus is trapped inside, Escape closes, focus returns to the trigger. */
export function ModalDialog({ title, children, isOpen, onOpenChange, isDismissable = true, role = 'dialog' }: ModalDialogProps) {
  return (
    <ModalOverlay
      className="at-modal-overlay"
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      isDismissable={isDismissable}
      isKeyboardDismissDisabled={!isDismissable}
    >
      <Modal className="at-modal">
        <AriaDialog className="at-dialog" role={role}>
          {({ close }) => (
            <>
              <Heading slot="title">{title}</Heading>
              {typeof children === 'function' ? children(close) : children}
            </>
          )}
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  );
}

export interface ConfirmDialogProps {
  title: ReactNode;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void | Promise<void>;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  tone?: 'primary' | 'danger';
  isPending?: boolean;
}

/** Asks before something that cannot be undone; the cancel button gets focus first. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  isOpen,
  onOpenChange,
  tone = 'primary',
  isPending,
}: ConfirmDialogProps) {
  return (
    <ModalDialog title={title} isOpen={isOpen} onOpenChange={onOpenChange} role="alertdialog">
      {(close) => (
        <>
          <div>{children}</div>
          <div className="at-dialog__actions">
            <Button variant="secondary" onPress={close} autoFocus>
              {cancelLabel}
            </Button>
            <Button variant={tone} isPending={isPending} onPress={() => void onConfirm()}>
              {confirmLabel}
            </Button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
