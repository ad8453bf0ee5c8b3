import { useI18n } from '../lib/i18n';
import { DiffTable } from './diff-table';

interface Difference {
  label: string;
  mine: string;
  theirs: string;
}

interface ConflictNoticeProps {
  /** Every compared field; those equal on both sides are not listed. */
  fields: Difference[];
  pending?: boolean;
  onTakeTheirs(): void;
  onKeepMine(): void;
}

/** Someone saved the record first (409 STALE_VERSION): shows what differs and lets the user choose. */
export function ConflictNotice({ fields, pending, onTakeTheirs, onKeepMine }: ConflictNoticeProps) {
  const { t } = useI18n();
  const differences = fields.filter((d) => d.mine !== d.theirs);
  return (
    <div className="conflict" role="alert">
      <p>
        <strong>{t('conflict.title')}</strong> {t('conflict.explain')}
      </p>
      {differences.length > 0 && (
        <DiffTable
          headers={[t('conflict.field'), t('conflict.mine'), t('conflict.theirs')]}
          rows={differences.map((d) => ({ key: d.label, field: d.label, before: d.mine, after: d.theirs }))}
        />
      )}
      <div className="form-actions">
        <button type="button" className="button-secondary" onClick={onTakeTheirs}>
          {t('conflict.takeTheirs')}
        </button>
        <button type="button" className="button-primary" disabled={pending} onClick={onKeepMine}>
          {t('conflict.keepMine')}
        </button>
      </div>
    </div>
  );
}
