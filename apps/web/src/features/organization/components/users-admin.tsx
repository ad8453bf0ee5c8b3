import { ROLE_LABELS, ROLES, type Role } from '@par/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { DataTable } from '../../../components/data-table';
import { ErrorAlert } from '../../../components/error-alert';
import { FilterSelect } from '../../../components/filter-select';
import { PageHeader } from '../../../components/page-header';
import { RowAction } from '../../../components/row-action';
import { SearchBox } from '../../../components/search-box';
import { useI18n } from '../../../lib/i18n';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { unitsQueryOptions } from '../api/get-units';
import { usersQueryOptions } from '../api/get-users';
import { useSaveUser } from '../api/save-user';
import type { User } from '../api/types';
import { useUnlockUser } from '../api/unlock-user';
import { ResetPasswordDialog } from './reset-password-dialog';
import { UserFormDialog } from './user-form-dialog';

const FILTERS = ['q', 'role', 'unitCode'] as const;

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

type Dialogs = { kind: 'create' } | { kind: 'edit' | 'reset' | 'toggle'; user: User } | null;

/** Accounts: filter, create, edit, disable or enable, reset a password, unlock. */
export function UsersAdmin() {
  const { t, localize, compare, formatDateTime } = useI18n();
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const [now] = useState(Date.now);
  const users = useQuery(
    usersQueryOptions({
      q: filters.q,
      unitCode: filters.unitCode,
      role: isRole(filters.role) ? filters.role : undefined,
    }),
  );
  const { data: units = [] } = useQuery(unitsQueryOptions());
  const [dialog, setDialog] = useState<Dialogs>(null);

  const unlock = useUnlockUser();
  // Someone changed the account meanwhile: the hook reads the accounts again.
  const toggle = useSaveUser({ onSuccess: () => setDialog(null) });
  const toggleUser = (user: User) =>
    toggle.mutate({ id: user.id, changes: { active: !user.active, version: user.version } });

  const rows = [...(users.data ?? [])].sort((a, b) => compare(a.fullName, b.fullName));
  const isLocked = (user: User) => user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > now;
  const status = (user: User) => {
    if (!user.active) return <span className="pill pill-muted">{t('users.disabled')}</span>;
    if (isLocked(user) && user.lockedUntil) {
      return (
        <span className="pill pill-bad">
          {t('users.lockedUntil', { time: formatDateTime(user.lockedUntil) })}
        </span>
      );
    }
    if (user.mustChangePassword) return <span className="pill pill-warn">{t('users.mustChange')}</span>;
    return <span className="pill pill-ok">{t('status.active')}</span>;
  };
  const scope = (user: User) =>
    [user.unitName, user.areaCodes.length ? t('users.areasList', { areas: user.areaCodes.join(', ') }) : null]
      .filter(Boolean)
      .join(' · ') || '—';

  return (
    <section>
      <PageHeader
        title={t('users.title')}
        description={t('users.description')}
        action={{ label: t('users.create'), onClick: () => setDialog({ kind: 'create' }) }}
      />
      <div className="toolbar">
        <SearchBox label={t('users.search')} value={filters.q} onSearch={(q) => setFilters({ q })} />
        <FilterSelect
          label={t('users.role')}
          value={filters.role}
          options={ROLES.map((role) => ({ value: role, label: localize(ROLE_LABELS[role]) }))}
          onChange={(role) => setFilters({ role })}
        />
        <FilterSelect
          label={t('users.unit')}
          value={filters.unitCode}
          options={[...units]
            .sort((a, b) => compare(a.name, b.name))
            .map((unit) => ({ value: unit.code, label: unit.name }))}
          onChange={(unitCode) => setFilters({ unitCode })}
        />
      </div>
      <ErrorAlert error={users.error ?? unlock.error} />
      <DataTable
        caption={t('users.title')}
        columns={[
          t('users.fullName'),
          t('users.username'),
          t('users.role'),
          t('users.scope'),
          t('units.status'),
          t('users.lastLogin'),
        ]}
        loading={users.isPending}
        emptyText={users.isSuccess && rows.length === 0 ? t('table.empty') : undefined}
      >
        {rows.map((user) => (
          <tr key={user.id} className={user.active ? undefined : 'row-muted'}>
            <td>{user.fullName}</td>
            <td>
              <code>{user.username}</code>
            </td>
            <td>{localize(ROLE_LABELS[user.role])}</td>
            <td>{scope(user)}</td>
            <td>{status(user)}</td>
            <td>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t('users.never')}</td>
            <td className="row-actions">
              <RowAction
                label={t('action.edit')}
                subject={user.username}
                onClick={() => setDialog({ kind: 'edit', user })}
              />
              <RowAction
                label={t('users.resetPassword')}
                subject={user.username}
                onClick={() => setDialog({ kind: 'reset', user })}
              />
              {isLocked(user) && (
                <RowAction
                  label={t('users.unlock')}
                  subject={user.username}
                  disabled={unlock.isPending}
                  onClick={() => unlock.mutate(user.id)}
                />
              )}
              <RowAction
                label={t(user.active ? 'users.disable' : 'users.enable')}
                subject={user.username}
                onClick={() => {
                  toggle.reset();
                  setDialog({ kind: 'toggle', user });
                }}
              />
            </td>
          </tr>
        ))}
      </DataTable>
      {dialog?.kind === 'create' && <UserFormDialog onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && <UserFormDialog user={dialog.user} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'reset' && <ResetPasswordDialog user={dialog.user} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'toggle' && (
        <ConfirmDialog
          title={t(dialog.user.active ? 'users.disableTitle' : 'users.enableTitle', {
            username: dialog.user.username,
          })}
          confirmLabel={t(dialog.user.active ? 'users.disable' : 'users.enable')}
          danger={dialog.user.active}
          pending={toggle.isPending}
          error={toggle.error}
          onConfirm={() => toggleUser(rows.find((row) => row.id === dialog.user.id) ?? dialog.user)}
          onCancel={() => setDialog(null)}
        >
          <p>
            {t(dialog.user.active ? 'users.disableExplain' : 'users.enableExplain', {
              name: dialog.user.fullName,
            })}
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
