import { LOCALES, type Locale } from '@attune/domain';
import { SegmentedControl } from '@attune/ui/SegmentedControl';
import { useCallback } from 'react';
import { useMe } from '../../modules/account/hooks/useMe';
import { useUpdateProfile } from '../../modules/account/hooks/useUpdateProfile';
import { useI18n } from '../i18n/I18nProvider';

/**
 * Changes the language: remembered on this device, and saved to the profile when signed in
 * (the profile decides the language wherever the person signs in).
 */
export function useSwitchLanguage(): (locale: Locale) => Promise<void> {
  const { choose } = useI18n();
  const { me } = useMe();
  const { updateProfile } = useUpdateProfile();
  return useCallback(
    async (locale: Locale) => {
      choose(locale);
      if (me && me.locale !== locale) await updateProfile({ locale }, { ...me, locale });
    },
    [choose, me, updateProfile],
  );
}

export function LanguageSwitch() {
  const { locale, t } = useI18n();
  const switchLanguage = useSwitchLanguage();
  return (
    <SegmentedControl<Locale>
      label={t.shell.language}
      value={locale}
      onChange={(next) => void switchLanguage(next)}
      options={LOCALES.map((l) => ({ id: l, label: t.languages[l], lang: l }))}
    />
  );
}
