import { ROLE_LABELS } from '@par/contracts';
import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n';
import { useCurrentUser } from '../current-user';
import { SignOutButton } from './sign-out-button';

/** Who is signed in: name, role and unit, with the account links. */
export function UserMenu() {
  const { t, localize } = useI18n();
  const user = useCurrentUser();
  return (
    <div className="user-menu" data-testid="user-menu">
      <div className="user-identity">
        <strong>{user.fullName}</strong>
        <small>
          {localize(ROLE_LABELS[user.role])}
          {user.unitName && ` · ${user.unitName}`}
        </small>
      </div>
      <Link className="button-quiet" to="/account/password">
        {t('password.link')}
      </Link>
      <SignOutButton className="button-quiet" />
    </div>
  );
}
