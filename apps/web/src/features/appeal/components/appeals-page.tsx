import { useQuery } from '@tanstack/react-query';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { useI18n } from '../../../lib/i18n';
import { appealsQueryOptions } from '../api/get-appeals';
import { AppealCard } from './appeal-card';
import { FileAppealForm } from './file-appeal-form';
import { PublishVersionForm } from './publish-version-form';

export interface AppealsPageProps {
  periodId: string;
  /** The caller: a unit's own people file; the council (appraiser) and admin decide; admin publishes. */
  role: string;
  unitCode: string | null;
}

/** `/periods/:id/appeals`: the window, the unit's filing form, the appeals with the council's decisions. */
export function AppealsPage({ periodId, role, unitCode }: AppealsPageProps) {
  const { t, formatDateTime } = useI18n();
  const appeals = useQuery(appealsQueryOptions(periodId));
  const unit = role === 'unit_head' || role === 'unit_editor';
  const data = appeals.data;
  return (
    <section>
      <PageHeader title={t('appeal.title')} description={t('appeal.description')} />
      <ErrorAlert error={appeals.error} />
      {data && (
        <p role="status" className={data.open ? 'pill pill-ok' : 'pill pill-muted'}>
          {data.deadline
            ? t(data.open ? 'appeal.open' : 'appeal.closed', { deadline: formatDateTime(data.deadline) })
            : t('appeal.notPublished')}
        </p>
      )}
      {data?.open && unit && unitCode && <FileAppealForm periodId={periodId} unitCode={unitCode} />}
      {data?.unpublishedSnapshot && (
        <p role="note">{t('appeal.computed', { seq: String(data.unpublishedSnapshot.seq) })}</p>
      )}
      {data?.unpublishedSnapshot && role === 'admin' && <PublishVersionForm periodId={periodId} />}
      <h2>{t('appeal.list')}</h2>
      {data && data.appeals.length === 0 && <p>{t('appeal.none')}</p>}
      {data?.appeals.map((appeal) => (
        <AppealCard
          key={appeal.id}
          periodId={periodId}
          appeal={appeal}
          canDecide={role === 'admin' || role === 'appraiser'}
        />
      ))}
    </section>
  );
}
