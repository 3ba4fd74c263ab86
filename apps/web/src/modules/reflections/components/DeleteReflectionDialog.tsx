import { ConfirmDialog } from '@attune/ui/Dialog';
import { Notice } from '@attune/ui/Notice';
import { useState } from 'react';
import { useT } from '../../../app/i18n/I18nProvider';
import { errorText, type AppError } from '../../../app/result';
import { useDeleteReflection } from '../hooks/useDeleteReflection';
import { useReflectionTexts } from '../texts';

export interface DeleteReflectionDialogProps {
  reflection: { id: string; session: { id: string } };
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  onDeleted: () => void;
  /** Told before the delete is sent (true) and when it failed (false), e.g. to stop reading the reflection. */
  onPendingChange?: (pending: boolean) => void;
}

/** Asks before deleting a reflection for good (its responses go with it). */
export function DeleteReflectionDialog({ reflection, isOpen, onOpenChange, onDeleted, onPendingChange }: DeleteReflectionDialogProps) {
  const all = useT();
  const t = useReflectionTexts().delete;
  const { remove, deleting } = useDeleteReflection();
  const [error, setError] = useState<AppError | null>(null);

  const confirm = async (): Promise<void> => {
    setError(null);
    onPendingChange?.(true);
    const result = await remove(reflection);
    if (result.ok) {
      onOpenChange(false);
      onDeleted();
    } else {
      onPendingChange?.(false);
      setError(result.error);
    }
  };

  return (
    <ConfirmDialog
      title={t.title}
      confirmLabel={t.confirm}
      cancelLabel={all.common.cancel}
      tone="danger"
      isOpen={isOpen}
      onOpenChange={(open) => {
        if (!open) setError(null);
        onOpenChange(open);
      }}
      isPending={deleting}
      onConfirm={confirm}
    >
      <p>{t.body}</p>
      {error ? <Notice tone="error" title={errorText(all, error)} /> : null}
    </ConfirmDialog>
  );
}
