import type { ReflectionVisibility } from '@attune/domain';
import { Button } from '@attune/ui/Button';
import { ModalDialog } from '@attune/ui/Dialog';
import { Form } from '@attune/ui/Form';
import { Notice } from '@attune/ui/Notice';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../app/i18n/I18nProvider';
import { errorText, type AppError } from '../../../app/result';
import { useUpdateReflection } from '../hooks/useUpdateReflection';
import { VisibilityChoice } from './VisibilityChoice';
import { useReflectionTexts } from '../texts';

export interface VisibilityDialogProps {
  reflection: { id: string; visibility: ReflectionVisibility };
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  onSaved: (visibility: ReflectionVisibility) => void;
}

/** Shares or un-shares a reflection: the same explained choice as the form, saved on its own. */
export function VisibilityDialog({ reflection, isOpen, onOpenChange, onSaved }: VisibilityDialogProps) {
  const all = useT();
  const t = useReflectionTexts().visibility;
  const { update, saving } = useUpdateReflection();
  const [value, setValue] = useState<ReflectionVisibility>(reflection.visibility);
  const [error, setError] = useState<AppError | null>(null);

  const onSubmit = async (e: FormEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    setError(null);
    if (value === reflection.visibility) {
      onOpenChange(false);
      return;
    }
    const result = await update(reflection.id, { visibility: value });
    if (result.ok) {
      onOpenChange(false);
      onSaved(result.value.visibility);
    } else {
      setError(result.error);
    }
  };

  return (
    <ModalDialog title={t.changeTitle} isOpen={isOpen} onOpenChange={onOpenChange}>
      {(close) => (
        <Form onSubmit={(e) => void onSubmit(e)} aria-label={t.changeTitle}>
          {error ? <Notice tone="error" title={errorText(all, error)} /> : null}
          <VisibilityChoice value={value} onChange={setValue} current={reflection.visibility} />
          <div className="at-dialog__actions">
            <Button variant="secondary" onPress={close}>
              {all.common.cancel}
            </Button>
            <Button type="submit" isPending={saving}>
              {t.save}
            </Button>
          </div>
        </Form>
      )}
    </ModalDialog>
  );
}
