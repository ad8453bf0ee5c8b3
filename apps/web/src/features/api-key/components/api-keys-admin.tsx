import { API_KEY_SCOPE_LABELS } from '@par/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { DataTable } from '../../../components/data-table';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { RowAction } from '../../../components/row-action';
import { useI18n } from '../../../lib/i18n';
import { apiKeysQueryOptions } from '../api/get-api-keys';
import { useRevokeApiKey } from '../api/revoke-api-key';
import type { ApiKey } from '../api/types';
import { isExpired } from '../expiry';
import { CreateApiKeyDialog } from './create-api-key-dialog';

/** Keys of provincial systems (one-stop shop, portal): list, create (shown once), revoke. */
export function ApiKeysAdmin() {
  const { t, localize, formatDateTime, formatDate } = useI18n();
  const keys = useQuery(apiKeysQueryOptions());
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const revoke = useRevokeApiKey({ onSuccess: () => setRevoking(null) });

  return (
    <section>
      <PageHeader
        title={t('apiKeys.title')}
        description={t('apiKeys.description')}
        action={{ label: t('apiKeys.create'), onClick: () => setCreating(true) }}
      />
      <ErrorAlert error={keys.error} />
      <DataTable
        caption={t('apiKeys.title')}
        columns={[
          t('apiKeys.name'),
          t('apiKeys.prefix'),
          t('apiKeys.scopes'),
          t('apiKeys.createdAt'),
          t('apiKeys.lastUsed'),
          t('apiKeys.expiresAt'),
          t('units.status'),
        ]}
        loading={keys.isPending}
        emptyText={keys.isSuccess && keys.data.length === 0 ? t('apiKeys.empty') : undefined}
      >
        {(keys.data ?? []).map((key) => (
          <tr key={key.id} className={key.revokedAt || isExpired(key.expiresAt) ? 'row-muted' : undefined}>
            <td>{key.name}</td>
            <td>
              <code>par_{key.prefix}_…</code>
            </td>
            <td>
              <ul className="plain-list">
                {key.scopes.map((scope) => (
                  <li key={scope} title={localize(API_KEY_SCOPE_LABELS[scope])}>
                    <code>{scope}</code>
                  </li>
                ))}
              </ul>
            </td>
            <td>{formatDateTime(key.createdAt)}</td>
            <td>{key.lastUsedAt ? formatDateTime(key.lastUsedAt) : t('apiKeys.neverUsed')}</td>
            <td>{key.expiresAt ? formatDate(key.expiresAt) : t('apiKeys.noExpiry')}</td>
            <td>
              {key.revokedAt ? (
                <span className="pill pill-muted">
                  {t('apiKeys.revokedAt', { time: formatDateTime(key.revokedAt) })}
                </span>
              ) : isExpired(key.expiresAt) ? (
                <span className="pill pill-muted">{t('apiKeys.expired')}</span>
              ) : (
                <span className="pill pill-ok">{t('status.active')}</span>
              )}
            </td>
            <td className="row-actions">
              {!key.revokedAt && (
                <RowAction
                  label={t('apiKeys.revoke')}
                  subject={key.name}
                  danger
                  onClick={() => {
                    revoke.reset();
                    setRevoking(key);
                  }}
                />
              )}
            </td>
          </tr>
        ))}
      </DataTable>
      {creating && <CreateApiKeyDialog onClose={() => setCreating(false)} />}
      {revoking && (
        <ConfirmDialog
          title={t('apiKeys.revokeTitle', { name: revoking.name })}
          confirmLabel={t('apiKeys.revoke')}
          danger
          pending={revoke.isPending}
          error={revoke.error}
          onConfirm={() => revoke.mutate(revoking)}
          onCancel={() => setRevoking(null)}
        >
          <p>{t('apiKeys.revokeExplain', { prefix: revoking.prefix })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
