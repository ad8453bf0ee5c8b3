import type { Role } from '@par/contracts';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n';
import { useCurrentUser } from '../current-user';

/** Shows `children` to the given roles only; anyone else gets a plain "not allowed" page, not a 403 later. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { t } = useI18n();
  const user = useCurrentUser();
  if (roles.includes(user.role)) return children;
  return (
    <section>
      <h1>{t('page.forbidden')}</h1>
      <p className="muted">{t('page.forbiddenExplain')}</p>
      <Link to="/">{t('page.backHome')}</Link>
    </section>
  );
}
