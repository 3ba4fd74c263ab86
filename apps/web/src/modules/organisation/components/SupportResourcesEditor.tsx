import { MAX_SUPPORT_RESOURCES } from '@attune/domain';
import { Button } from '@attune/ui/Button';
import { ConfirmDialog } from '@attune/ui/Dialog';
import { Notice } from '@attune/ui/Notice';
import { EmptyState } from '@attune/ui/PageState';
import { useState } from 'react';
import type { SupportResourceInput } from '../../../generated/graphql';
import { useT } from '../../../app/i18n/I18nProvider';
import { errorText } from '../../../app/result';
import { useUpdateOrganisationSettings, type SupportResource } from '../hooks/useOrganisationSettings';
import { ResourceDialog, emptyDraft, toDraft, type ResourceDraft } from './ResourceDialog';
import { useOrganisationTexts } from '../texts';

const toInput = (r: SupportResource | ResourceDraft): SupportResourceInput => ({
  name: r.name.trim(),
  phone: r.phone?.trim() || null,
  url: r.url?.trim() || null,
  description: r.description?.trim() || null,
});

type Editing = { kind: 'add' } | { kind: 'edit'; index: number };

/**
 * The organisation's support resources: add, edit, remove. Each change saves the whole list
 * at once (the API replaces it), so what is shown is always what members will see.
 */
export function SupportResourcesEditor({ resources }: { resources: readonly SupportResource[] }) {
  const t = useT();
  const tOrganisation = useOrganisationTexts();
  const r = tOrganisation.resources;
  const { update, loading } = useUpdateOrganisationSettings();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [removing, setRemoving] = useState<number | null>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  const save = async (next: SupportResourceInput[]): Promise<string | null> => {
    const result = await update({ supportResources: next });
    if (result.ok) {
      setNotice({ tone: 'success', text: r.saved });
      return null;
    }
    return errorText(t, result.error);
  };
  const current = resources.map(toInput);
  const removingItem = removing === null ? undefined : resources[removing];

  return (
    <div className="at-stack">
      <p>{r.intro}</p>
      {notice ? <Notice tone={notice.tone} live title={notice.text} /> : null}
      {resources.length === 0 ? (
        <EmptyState title={r.empty} />
      ) : (
        <ul className="at-list app-resources" aria-label={r.list}>
          {resources.map((res, index) => (
            <li key={`${index}-${res.name}`}>
              <div>
                <p className="app-resources__name">{res.name}</p>
                {res.phone ? <p className="app-resources__line">{r.call(res.phone)}</p> : null}
                {res.url ? (
                  <p className="app-resources__line">
                    <a className="at-link" href={res.url} target="_blank" rel="noopener noreferrer">
                      {res.url}
                    </a>
                  </p>
                ) : null}
                {res.description ? <p className="app-resources__line at-muted">{res.description}</p> : null}
              </div>
              <div className="at-form__actions">
                <Button size="sm" variant="secondary" aria-label={r.editFor(res.name)} onPress={() => setEditing({ kind: 'edit', index })}>
                  {r.edit}
                </Button>
                <Button size="sm" variant="quiet" aria-label={r.removeFor(res.name)} onPress={() => setRemoving(index)}>
                  {r.remove}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <div>
        <Button
          variant="secondary"
          isDisabled={resources.length >= MAX_SUPPORT_RESOURCES}
          onPress={() => {
            setNotice(null);
            setEditing({ kind: 'add' });
          }}
        >
          {r.add}
        </Button>
        {resources.length >= MAX_SUPPORT_RESOURCES ? <p className="at-muted">{r.tooMany(MAX_SUPPORT_RESOURCES)}</p> : null}
      </div>

      {editing ? (
        <ResourceDialog
          title={editing.kind === 'add' ? r.dialogAdd : r.dialogEdit}
          initial={editing.kind === 'add' ? emptyDraft : toDraft(resources[editing.index] ?? { name: '', phone: null, url: null, description: null })}
          isPending={loading}
          onClose={() => setEditing(null)}
          onSave={(draft) => {
            setNotice(null);
            const next =
              editing.kind === 'add' ? [...current, toInput(draft)] : current.map((old, i) => (i === editing.index ? toInput(draft) : old));
            return save(next);
          }}
        />
      ) : null}
      <ConfirmDialog
        title={removingItem ? r.removeTitle(removingItem.name) : ''}
        confirmLabel={r.removeConfirm}
        cancelLabel={t.common.cancel}
        tone="danger"
        isOpen={removing !== null}
        onOpenChange={(open) => !open && setRemoving(null)}
        isPending={loading}
        onConfirm={async () => {
          if (removing === null) return;
          setNotice(null);
          const message = await save(current.filter((_, i) => i !== removing));
          setRemoving(null);
          if (message) setNotice({ tone: 'error', text: message });
        }}
      >
        <p>{r.removeBody}</p>
      </ConfirmDialog>
    </div>
  );
}
