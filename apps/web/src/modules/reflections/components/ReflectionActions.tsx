import type { ReflectionVisibility } from '@attune/domain';
import { Button } from '@attune/ui/Button';
import { LinkButton } from '@attune/ui/Link';
import { useState } from 'react';
import { DeleteReflectionDialog } from './DeleteReflectionDialog';
import { VisibilityDialog } from './VisibilityDialog';
import { useReflectionTexts } from '../texts';

export interface ReflectionActionsProps {
  reflection: { id: string; visibility: ReflectionVisibility; session: { id: string } };
  /** Said after each button's text to screen readers, e.g. "(your reflection on …)", where several sit on one page. */
  which?: string;
  onVisibilityChanged: (visibility: ReflectionVisibility) => void;
  onDeleted: () => void;
  onDeleting?: (pending: boolean) => void;
}

/** What the author can do with a reflection: edit it, change who can read it, delete it. */
export function ReflectionActions({ reflection, which, onVisibilityChanged, onDeleted, onDeleting }: ReflectionActionsProps) {
  const t = useReflectionTexts();
  const [dialog, setDialog] = useState<'visibility' | 'delete' | null>(null);
  const hidden = which ? (
    <>
      {' '}
      <span className="at-visually-hidden">{which}</span>
    </>
  ) : null;
  return (
    <div className="rf-actions">
      <LinkButton size="sm" href={`/reflections/${reflection.id}/edit`}>
        {t.list.edit}
        {hidden}
      </LinkButton>
      <Button size="sm" variant="secondary" onPress={() => setDialog('visibility')}>
        {t.visibility.change}
        {hidden}
      </Button>
      <Button size="sm" variant="quiet" onPress={() => setDialog('delete')}>
        {t.list.delete}
        {hidden}
      </Button>
      {dialog === 'visibility' ? (
        <VisibilityDialog
          reflection={reflection}
          isOpen
          onOpenChange={(open) => setDialog(open ? 'visibility' : null)}
          onSaved={onVisibilityChanged}
        />
      ) : null}
      {dialog === 'delete' ? (
        <DeleteReflectionDialog
          reflection={reflection}
          isOpen
          onOpenChange={(open) => setDialog(open ? 'delete' : null)}
          onDeleted={onDeleted}
          onPendingChange={onDeleting}
        />
      ) : null}
    </div>
  );
}
