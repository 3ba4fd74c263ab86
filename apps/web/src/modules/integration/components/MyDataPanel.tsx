import { Button } from '@attune/ui/Button';
import { ModalDialog } from '@attune/ui/Dialog';
import { Form } from '@attune/ui/Form';
import { Notice } from '@attune/ui/Notice';
import { PasswordField } from '@attune/ui/PasswordField';
import { useEffect, useState, type FormEvent } from 'react';
import { useT } from '../../../app/i18n/I18nProvider';
import { errorText, type AppError } from '../../../app/result';
import { useTimeFormat } from '../../../app/time';
import { fieldErrors } from '../../../app/validation';
import { useDeleteMyAccount, useExportMyData, type MyDataExport } from '../hooks/useMyData';
import { useIntegrationTexts } from '../texts';

interface Download {
  href: string;
  filename: string;
  label: string;
}

/** Object URLs for the export's files; revoked when the export is replaced or the panel goes. */
function useDownloads(data: MyDataExport | null, labels: { json: string; csv: string }): Download[] {
  const [downloads, setDownloads] = useState<Download[]>([]);
  useEffect(() => {
    if (!data) return;
    const stamp = data.generatedAt.slice(0, 10);
    const files = [
      { filename: `attune-${stamp}.json`, contentType: 'application/json', content: data.json, label: labels.json },
      { filename: `attune-${stamp}.csv`, contentType: 'text/csv', content: data.csv, label: labels.csv },
      ...data.files.map((f) => ({ ...f, label: f.filename })),
    ];
    const made = files.map((f) => ({
      href: URL.createObjectURL(new Blob([f.content], { type: `${f.contentType};charset=utf-8` })),
      filename: f.filename,
      label: f.label,
    }));
    setDownloads(made);
    return () => made.forEach((d) => URL.revokeObjectURL(d.href));
  }, [data, labels.json, labels.csv]);
  return downloads;
}

/** My data: an export to download (JSON and CSV), and deleting my account. */
export function MyDataPanel() {
  const t = useT();
  const tIntegration = useIntegrationTexts();
  const d = tIntegration.myData;
  const time = useTimeFormat();
  const { exportData, loading: exporting } = useExportMyData();
  const [exported, setExported] = useState<MyDataExport | null>(null);
  const [exportError, setExportError] = useState<AppError | null>(null);
  const downloads = useDownloads(exported, { json: d.allJson, csv: d.allCsv });
  const [deleting, setDeleting] = useState(false);

  return (
    <div className="at-stack">
      <p>{d.intro}</p>
      {exportError ? <Notice tone="error" title={d.exportFailed}>{errorText(t, exportError)}</Notice> : null}
      <div>
        <Button
          variant="secondary"
          isPending={exporting}
          onPress={() => {
            setExportError(null);
            void exportData().then((r) => (r.ok ? setExported(r.value) : setExportError(r.error)));
          }}
        >
          {d.export}
        </Button>
      </div>
      {exported && downloads.length > 0 ? (
        <Notice tone="success" live title={d.ready(time.dateTime(exported.generatedAt))}>
          <ul className="app-downloads" aria-label={d.downloads}>
            {downloads.map((file) => (
              <li key={file.filename}>
                <a className="at-link" href={file.href} download={file.filename}>
                  {file.label}
                </a>
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}

      <h3>{d.deleteHeading}</h3>
      <p>{d.deleteIntro}</p>
      <div>
        <Button variant="danger" onPress={() => setDeleting(true)}>
          {d.deleteButton}
        </Button>
      </div>
      {deleting ? <DeleteAccountDialog onClose={() => setDeleting(false)} /> : null}
    </div>
  );
}

/** Asks for the password, deletes, then says goodbye before signing out. */
function DeleteAccountDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const tIntegration = useIntegrationTexts();
  const d = tIntegration.myData;
  const { deleteAccount, signOut, loading } = useDeleteMyAccount();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [done, setDone] = useState(false);

  const onSubmit = async (e: FormEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    setError(null);
    const r = await deleteAccount(password);
    if (r.ok) setDone(true);
    else setError(r.error);
  };
  const formError =
    error && !(error.code === 'BAD_USER_INPUT' && error.field === 'password')
      ? error.code === 'CONFLICT'
        ? d.lastAdmin
        : errorText(t, error)
      : null;

  return (
    <ModalDialog
      title={done ? d.deletedTitle : d.dialogTitle}
      isOpen
      onOpenChange={(open) => !open && !done && onClose()}
      isDismissable={!done}
      role="alertdialog"
    >
      {(close) =>
        done ? (
          <>
            <p>{d.deletedBody}</p>
            <div className="at-dialog__actions">
              <Button autoFocus onPress={() => void signOut()}>
                {d.deletedClose}
              </Button>
            </div>
          </>
        ) : (
        <Form onSubmit={(e) => void onSubmit(e)} aria-label={d.dialogTitle} validationErrors={fieldErrors(error, { password: d.wrongPassword })}>
          <p>{d.dialogBody}</p>
          {formError ? <Notice tone="error" title={formError} /> : null}
          <PasswordField
            label={d.password}
            description={d.passwordDescription}
            name="password"
            autoComplete="current-password"
            autoFocus
            value={password}
            onChange={(v) => {
              setPassword(v);
              setError(null);
            }}
            isRequired
            requiredMessage={t.validation.required}
            showLabel={t.login.showPassword}
          />
          <div className="at-dialog__actions">
            <Button variant="secondary" onPress={close}>
              {t.common.cancel}
            </Button>
            <Button type="submit" variant="danger" isPending={loading}>
              {d.confirm}
            </Button>
          </div>
        </Form>
        )
      }
    </ModalDialog>
  );
}
