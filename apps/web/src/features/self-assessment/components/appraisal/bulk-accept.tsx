import { useState } from 'react';
import { ConfirmDialog } from '../../../../components/confirm-dialog';
import { ErrorAlert } from '../../../../components/error-alert';
import { useI18n } from '../../../../lib/i18n';
import { pendingLeaves, useBulkAccept, type BulkLeaf, type BulkResult } from '../../api/bulk-appraisal';
import { BulkSummary } from './bulk-summary';

/**
 * "Accept all that remains" for the queue as filtered (a unit, an area, or everything pending): asks first,
 * accepts in one request, says how many were done and which were refused and why, and offers to undo it.
 */
export function BulkAccept({
  periodId,
  area,
  unitCode,
  pending,
  unitName,
}: {
  periodId: string;
  area: string;
  unitCode: string;
  /** Pending leaves under the current filters. */
  pending: number;
  unitName(code: string): string;
}) {
  const { t, formatNumber } = useI18n();
  const [asking, setAsking] = useState(false);
  const [loading, setLoading] = useState<unknown>(null);
  const [last, setLast] = useState<{ result: BulkResult; undone: boolean; items: BulkLeaf[] } | null>(null);
  const accept = useBulkAccept(periodId, {
    onSuccess: (result, { items, undo }) => {
      setAsking(false);
      // The undo takes back what was done, at the versions the accept answered.
      const done = result.items.flatMap((item) =>
        item.outcome === 'done' && item.leafCode && item.version !== undefined
          ? [{ unitCode: item.unitCode, leafCode: item.leafCode, version: item.version }]
          : [],
      );
      setLast({ result, undone: Boolean(undo), items: undo ? items : done });
    },
  });
  const count = formatNumber(pending);
  const label = unitCode
    ? t('appraisal.bulk.acceptUnit', { count })
    : area
      ? t('appraisal.bulk.acceptArea', { count })
      : t('appraisal.bulk.acceptAll', { count });

  return (
    <>
      {pending > 0 && (
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            accept.reset();
            setLoading(null);
            setAsking(true);
          }}
        >
          {label}
        </button>
      )}
      {last && (
        <BulkSummary
          result={last.result}
          undone={last.undone}
          unitName={unitName}
          undoing={accept.isPending}
          onUndo={() => accept.mutate({ items: last.items, undo: true })}
          onClose={() => setLast(null)}
        />
      )}
      {!asking && <ErrorAlert error={accept.error} />}
      {asking && (
        <ConfirmDialog
          title={t('appraisal.bulk.acceptTitle', { count })}
          confirmLabel={label}
          pending={accept.isPending}
          error={loading ?? accept.error}
          onConfirm={() => {
            pendingLeaves(periodId, { area: area || undefined, unitCode: unitCode || undefined }).then(
              (items) => accept.mutate({ items }),
              setLoading,
            );
          }}
          onCancel={() => setAsking(false)}
        >
          <p>{t('appraisal.bulk.acceptExplain')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
