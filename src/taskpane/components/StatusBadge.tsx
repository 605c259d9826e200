import { Badge } from '@fluentui/react-components';
import type { BadgeProps } from '@fluentui/react-components';
import { statusLabel } from '../../core';
import type { Status } from '../../core';
import { useI18n } from '../i18n/I18nContext';

const COLOR: Record<Status, BadgeProps['color']> = {
  done: 'success',
  'on-track': 'brand',
  behind: 'warning',
  'severely-behind': 'danger',
  'no-target': 'subtle',
  invalid: 'severe',
  qualitative: 'informative',
};

export function StatusBadge({ status }: { status: Status }) {
  const { locale } = useI18n();
  return (
    <Badge appearance="tint" color={COLOR[status]} shape="rounded">
      {statusLabel(status, locale)}
    </Badge>
  );
}
