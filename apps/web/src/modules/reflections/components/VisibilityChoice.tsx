import { REFLECTION_VISIBILITIES, type ReflectionVisibility } from '@attune/domain';
import { ChoiceGroup } from '@attune/ui/ChoiceGroup';
import { Notice } from '@attune/ui/Notice';
import { useReflectionTexts } from '../texts';

export interface VisibilityChoiceProps {
  value: ReflectionVisibility;
  onChange: (value: ReflectionVisibility) => void;
  /** The visibility it has now (when editing): choosing PRIVATE from a shared one warns what that does. */
  current?: ReflectionVisibility;
}

/**
 * Who can read a reflection, each option with what it means in plain words. Leads and admins are
 * not an option: the table in PRODUCT.md §4 gives them nothing by their role.
 */
export function VisibilityChoice({ value, onChange, current }: VisibilityChoiceProps) {
  const t = useReflectionTexts().visibility;
  return (
    <div className="at-stack rf-visibility">
      <ChoiceGroup<ReflectionVisibility>
        label={t.label}
        description={t.help}
        name="visibility"
        orientation="vertical"
        value={value}
        onChange={onChange}
        options={REFLECTION_VISIBILITIES.map((id) => ({ id, label: t.options[id].label, description: t.options[id].description }))}
      />
      {current && current !== 'PRIVATE' && value === 'PRIVATE' ? <Notice tone="warning" live title={t.unshareWarning} /> : null}
    </div>
  );
}
