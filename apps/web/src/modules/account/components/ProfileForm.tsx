import { isTimeZone, LOCALES, type Locale } from '@attune/domain';
import { Button } from '@attune/ui/Button';
import { ChoiceGroup } from '@attune/ui/ChoiceGroup';
import { ComboBox } from '@attune/ui/ComboBox';
import { Form, FormActions } from '@attune/ui/Form';
import { Notice } from '@attune/ui/Notice';
import { TextField } from '@attune/ui/TextField';
import { useMemo, useState, type FormEvent } from 'react';
import { useI18n } from '../../../app/i18n/I18nProvider';
import { errorText, type AppError } from '../../../app/result';
import { timeZoneOptions } from '../../../app/time';
import { fieldErrors, nameProblem } from '../../../app/validation';
import type { Me } from '../hooks/useMe';
import { useUpdateProfile } from '../hooks/useUpdateProfile';

/** Display name, language and time zone. Saving a language switches the interface too. */
export function ProfileForm({ me }: { me: Me }) {
  const { t, locale, choose } = useI18n();
  const { updateProfile, saving } = useUpdateProfile();
  const [displayName, setDisplayName] = useState(me.displayName);
  const [language, setLanguage] = useState<Locale>(me.locale);
  const [timeZone, setTimeZone] = useState(me.timeZone);
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState(false);
  const zones = useMemo(() => timeZoneOptions(locale, me.timeZone), [locale, me.timeZone]);

  const onSubmit = async (e: FormEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    setError(null);
    setSaved(false);
    const result = await updateProfile({ displayName: displayName.trim(), locale: language, timeZone });
    if (result.ok) {
      choose(result.value.locale);
      setSaved(true);
    } else {
      setError(result.error);
    }
  };

  const serverTexts = {
    displayName: t.validation.nameInvalid,
    timeZone: t.validation.timeZone,
    locale: t.validation.locale,
  };
  const formError = error && !(error.code === 'BAD_USER_INPUT' && error.field) ? errorText(t, error) : null;

  return (
    <Form onSubmit={(e) => void onSubmit(e)} validationErrors={fieldErrors(error, serverTexts)} aria-label={t.profile.details}>
      {formError ? <Notice tone="error" title={formError} /> : null}
      {saved ? <Notice tone="success" live title={t.profile.saved} /> : null}
      <TextField label={t.profile.email} value={me.email} isReadOnly />
      <TextField
        label={t.profile.displayName}
        name="displayName"
        autoComplete="name"
        value={displayName}
        onChange={(v) => {
          setDisplayName(v);
          setSaved(false);
        }}
        isRequired
        requiredMessage={t.validation.required}
        validate={(v) => nameProblem(t, v)}
      />
      <ChoiceGroup<Locale>
        label={t.profile.language}
        name="locale"
        value={language}
        onChange={(v) => {
          setLanguage(v);
          setSaved(false);
        }}
        options={LOCALES.map((l) => ({ id: l, label: t.languages[l], lang: l }))}
      />
      <ComboBox
        label={t.profile.timeZone}
        description={t.profile.timeZoneDescription}
        name="timeZone"
        options={zones}
        value={timeZone}
        onChange={(v) => {
          setTimeZone(v);
          setSaved(false);
        }}
        openLabel={t.profile.showTimeZones}
        isRequired
        requiredMessage={t.validation.timeZone}
        errorMessage={(v) => (v.isInvalid && !isTimeZone(timeZone) ? t.validation.timeZone : null)}
      />
      <FormActions>
        <Button type="submit" isPending={saving}>
          {t.profile.save}
        </Button>
      </FormActions>
    </Form>
  );
}
