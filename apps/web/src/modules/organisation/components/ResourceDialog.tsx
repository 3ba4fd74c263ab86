import {
  SUPPORT_DESCRIPTION_MAX_LENGTH,
  SUPPORT_NAME_MAX_LENGTH,
  isDomainError,
  validateSupportResources,
} from '@attune/domain';
import { Button } from '@attune/ui/Button';
import { ModalDialog } from '@attune/ui/Dialog';
import { Form } from '@attune/ui/Form';
import { Notice } from '@attune/ui/Notice';
import { TextField } from '@attune/ui/TextField';
import { useState, type FormEvent } from 'react';
import type { OrganisationMessages } from '../../../app/i18n/messages/en/organisation';
import { useT } from '../../../app/i18n/I18nProvider';
import type { SupportResource } from '../hooks/useOrganisationSettings';
import { useOrganisationTexts } from '../texts';

export interface ResourceDraft {
  name: string;
  phone: string;
  url: string;
  description: string;
}

export const emptyDraft: ResourceDraft = { name: '', phone: '', url: '', description: '' };

export function toDraft(r: SupportResource): ResourceDraft {
  return { name: r.name, phone: r.phone ?? '', url: r.url ?? '', description: r.description ?? '' };
}

type DraftField = keyof ResourceDraft;

/**
 * The domain rule for support resources, answered per field in the reader's language: which
 * field is wrong, and why (null when the draft is fine).
 */
export function draftProblem(
  r: OrganisationMessages['resources'],
  fallback: string,
  draft: ResourceDraft,
): { field: DraftField; message: string } | null {
  try {
    validateSupportResources([draft]);
    return null;
  } catch (e) {
    const field = (isDomainError(e) ? e.field?.split('.').pop() : undefined) as DraftField | undefined;
    switch (field) {
      case 'name':
        return { field, message: draft.name.trim() === '' ? r.nameRequired : r.tooLong(SUPPORT_NAME_MAX_LENGTH) };
      case 'phone':
        return { field, message: draft.phone.trim() === '' && draft.url.trim() === '' ? r.needsContact : r.invalidPhone };
      case 'url':
        return { field, message: r.invalidUrl };
      case 'description':
        return { field, message: r.tooLong(SUPPORT_DESCRIPTION_MAX_LENGTH) };
      default:
        return { field: 'name', message: fallback };
    }
  }
}

export interface ResourceDialogProps {
  title: string;
  initial: ResourceDraft;
  /** Saves the resource; resolves to an error text to show, or null when saved. */
  onSave: (draft: ResourceDraft) => Promise<string | null>;
  onClose: () => void;
  isPending: boolean;
}

/** Adds or edits one support resource: name, phone, website, description. */
export function ResourceDialog({ title, initial, onSave, onClose, isPending }: ResourceDialogProps) {
  const t = useT();
  const tOrganisation = useOrganisationTexts();
  const r = tOrganisation.resources;
  const [draft, setDraft] = useState<ResourceDraft>(initial);
  const [failure, setFailure] = useState<string | null>(null);
  const problem = draftProblem(r, t.errors.badInput, draft);
  const fieldProblem = (field: DraftField) => () => (problem?.field === field ? problem.message : null);
  const set = (field: DraftField) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));

  const onSubmit = async (e: FormEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    if (problem) return;
    setFailure(null);
    const message = await onSave(draft);
    if (message === null) onClose();
    else setFailure(message);
  };

  return (
    <ModalDialog title={title} isOpen onOpenChange={(open) => !open && onClose()}>
      {(close) => (
        <Form onSubmit={(e) => void onSubmit(e)} aria-label={title}>
          {failure ? <Notice tone="error" title={failure} /> : null}
          <TextField label={r.name} name="name" value={draft.name} onChange={set('name')} isRequired requiredMessage={r.nameRequired} validate={fieldProblem('name')} autoFocus />
          <TextField
            label={r.phone}
            description={r.phoneDescription}
            name="phone"
            type="tel"
            value={draft.phone}
            onChange={set('phone')}
            validate={fieldProblem('phone')}
          />
          <TextField
            label={r.url}
            description={r.urlDescription}
            name="url"
            inputMode="url"
            value={draft.url}
            onChange={set('url')}
            validate={fieldProblem('url')}
          />
          <TextField
            label={r.description}
            description={r.descriptionHint}
            name="description"
            multiline
            rows={2}
            value={draft.description}
            onChange={set('description')}
            validate={fieldProblem('description')}
          />
          <div className="at-dialog__actions">
            <Button variant="secondary" onPress={close}>
              {t.common.cancel}
            </Button>
            <Button type="submit" isPending={isPending}>
              {r.save}
            </Button>
          </div>
        </Form>
      )}
    </ModalDialog>
  );
}
