import type { CriteriaSet } from '@par/scoring';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ErrorAlert } from '../../../../components/error-alert';
import { FilterSelect } from '../../../../components/filter-select';
import { PageHeader } from '../../../../components/page-header';
import { Pagination } from '../../../../components/pagination';
import { useI18n } from '../../../../lib/i18n';
import type { PeriodDetail } from '../../../../lib/period-queries';
import { useUrlFilters } from '../../../../lib/use-url-filters';
import { useAcceptItem } from '../../api/accept-item';
import { QUEUE_PAGE_SIZE, queueQueryOptions } from '../../api/get-appraisal-queue';
import { scoringSetQueryOptions } from '../../api/get-scoring-set';
import { queueItemKey, type AssessmentItem, type QueueItem, type QueueStatus } from '../../api/types';
import { leafOf } from '../../scoring';
import { DeadlineCountdown, useDeadline } from '../deadline-countdown';
import { PeriodPicker, useChosenPeriod } from '../period-picker';
import { AppraisalItem } from './appraisal-item';
import { BulkAccept } from './bulk-accept';
import { QueueList } from './queue-list';
import { ShortcutsHelp } from './shortcuts-help';
import { UnitPanel } from './unit-panel';
import { UnitsOverview } from './units-overview';

const FILTERS = ['period', 'area', 'unit', 'status', 'page'] as const;
const STATUSES: QueueStatus[] = ['pending', 'done', 'all'];
const PREFERRED = ['appraisal', 'final_appraisal', 'explanation'] as const;

/** The period's criteria sets as scoring models (one per unit type), for area names and live previews. */
function usePeriodSets(period: PeriodDetail | undefined): Map<string, CriteriaSet> {
  const sets = useQueries({
    queries: (period?.criteriaSets ?? []).map((set) => scoringSetQueryOptions(set.id)),
  });
  const byCode = new Map<string, CriteriaSet>();
  for (const result of sets) if (result.data) byCode.set(result.data.code, result.data);
  return byCode;
}

/** Ignores the shortcuts while the user types or a dialog is open. */
function typing(event: KeyboardEvent): boolean {
  const target = event.target instanceof HTMLElement ? event.target : null;
  return (
    event.ctrlKey ||
    event.metaKey ||
    event.altKey ||
    Boolean(target?.closest('input, textarea, select, [contenteditable="true"]')) ||
    document.querySelector('dialog[open]') !== null
  );
}

/**
 * `/appraisal`: the appraiser's queue for a period, filtered by area, unit and status with counts; one
 * leaf at a time beside the list, decided with the keyboard (j/k or ↑/↓, a, e) or the buttons; the unit's
 * own view (timeline, bonus/penalty, finalize) when the queue is narrowed to one unit.
 */
export function AppraisalWorkspace() {
  const { t } = useI18n();
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const { periods, periodId, period, units } = useChosenPeriod(filters.period, PREFERRED);
  const sets = usePeriodSets(period.data);
  const status: QueueStatus = STATUSES.find((s) => s === filters.status) ?? 'pending';
  const page = Math.max(1, Number(filters.page) || 1);
  const query = { area: filters.area, unitCode: filters.unit, status, page, pageSize: QUEUE_PAGE_SIZE };
  const enabled = Boolean(periodId);
  const queue = useQuery({ ...queueQueryOptions(periodId, query), enabled });
  const counts = useQuery({
    ...queueQueryOptions(periodId, {
      area: filters.area,
      unitCode: filters.unit,
      status: 'all',
      pageSize: 1,
    }),
    enabled,
  });
  const items = queue.data?.items ?? [];
  const pages = Math.max(1, Math.ceil((queue.data?.total ?? 0) / QUEUE_PAGE_SIZE));

  const [selected, setSelected] = useState<string | null>(null);
  const [edge, setEdge] = useState<'first' | 'last'>('first');
  const [adjusting, setAdjusting] = useState(false);
  const [help, setHelp] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  const title = useRef<HTMLParagraphElement>(null);
  const index = items.findIndex((item) => queueItemKey(item) === selected);
  const current: QueueItem | undefined =
    index >= 0 ? items[index] : edge === 'last' ? items.at(-1) : items[0];
  const currentKey = current ? queueItemKey(current) : null;
  const position = current ? items.indexOf(current) : -1;

  const round = period.data?.state === 'final_appraisal' ? 2 : 1;
  const deadline = useDeadline(
    period.data?.state === 'appraisal'
      ? period.data.deadlines.appraisal
      : period.data?.state === 'final_appraisal'
        ? period.data.deadlines.finalAppraisal
        : null,
  );

  const afterDecision = (decided: QueueItem) => {
    // The next leaf takes the decided one's place; a "pending" list drops the decided one on refetch.
    const next = items[position + 1] ?? items[position - 1];
    setSelected(next && next !== decided ? queueItemKey(next) : null);
    setAdjusting(false);
    list.current?.focus();
  };
  // The hooks read the queue and the period's assessments again after a decision.
  const accept = useAcceptItem(periodId, { onSuccess: (_saved, item) => afterDecision(item) });
  const select = (key: string) => {
    setSelected(key);
    setAdjusting(false);
    accept.reset();
  };
  const step = (by: -1 | 1) => {
    const next = items[position + by];
    if (next) select(queueItemKey(next));
    else if (by === 1 && page < pages) {
      setEdge('first');
      setSelected(null);
      setFilters({ page: String(page + 1) });
    } else if (by === -1 && page > 1) {
      setEdge('last');
      setSelected(null);
      setFilters({ page: String(page - 1) });
    }
    list.current?.focus();
  };

  const decide = (action: 'accept' | 'adjust') => {
    if (!current) return;
    if (action === 'accept') {
      accept.reset();
      accept.mutate(current);
    } else setAdjusting(true);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (typing(event)) return;
      const actions: Record<string, () => void> = {
        j: () => step(1),
        k: () => step(-1),
        a: () => decide('accept'),
        e: () => decide('adjust'),
        '?': () => setHelp((open) => !open),
      };
      const action = actions[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const areas = new Map<string, string>();
  for (const set of sets.values())
    for (const node of set.allNodes) if (node.depth === 1) areas.set(node.code, node.title);
  const setOf = (unitCode: string) =>
    sets.get(units.find((unit) => unit.code === unitCode)?.criteriaSetCode ?? '');
  const total = counts.data?.total ?? 0;
  const pending = counts.data?.pending ?? 0;
  const count: Record<QueueStatus, number> = { pending, done: total - pending, all: total };

  return (
    <section className="appraisal">
      <PageHeader title={t('appraisal.title')} description={t('appraisal.description')} />
      <div className="toolbar">
        <PeriodPicker
          periods={periods.data}
          value={periodId}
          onChange={(id) => setFilters({ period: id, area: '', unit: '' })}
        />
        <FilterSelect
          label={t('appraisal.area')}
          value={filters.area}
          options={[...areas].map(([code, name]) => ({ value: code, label: `${code}. ${name}` }))}
          onChange={(area) => setFilters({ area })}
        />
        <FilterSelect
          label={t('assessment.unit')}
          value={filters.unit}
          options={units.map((unit) => ({ value: unit.code, label: `${unit.name} (${unit.code})` }))}
          onChange={(unit) => setFilters({ unit })}
        />
      </div>
      <ErrorAlert error={periods.error ?? period.error ?? queue.error} />
      {period.data && (
        <div className="round-bar">
          <strong>
            {period.data.state === 'appraisal' || period.data.state === 'final_appraisal'
              ? t('appraisal.roundN', { round })
              : t('appraisal.noRound')}
          </strong>
          <DeadlineCountdown label={t('appraisal.deadline')} deadline={deadline} />
        </div>
      )}
      {period.data && filters.unit ? (
        <UnitPanel period={period.data} unitCode={filters.unit} />
      ) : (
        periodId && (
          <UnitsOverview
            periodId={periodId}
            canFinalize={period.data?.state === 'final_appraisal'}
            onOpen={(unit) => setFilters({ unit })}
          />
        )
      )}
      <div className="status-tabs" role="radiogroup" aria-label={t('appraisal.status')}>
        {STATUSES.map((value) => (
          <button
            key={value}
            type="button"
            role="radio"
            aria-checked={status === value}
            className={status === value ? 'status-tab status-tab-active' : 'status-tab'}
            onClick={() => setFilters({ status: value === 'pending' ? '' : value })}
          >
            {t(`appraisal.status.${value}`)} <span className="status-count">{count[value]}</span>
          </button>
        ))}
      </div>
      {(period.data?.state === 'appraisal' || period.data?.state === 'final_appraisal') && (
        <div className="toolbar bulk-toolbar">
          <BulkAccept
            periodId={periodId}
            area={filters.area}
            unitCode={filters.unit}
            pending={pending}
            unitName={(code) => units.find((unit) => unit.code === code)?.name ?? code}
          />
        </div>
      )}
      <ShortcutsHelp open={help} onToggle={() => setHelp((open) => !open)} />
      <div className="workspace">
        <div className="workspace-list">
          {queue.isSuccess && items.length === 0 ? (
            <p className="muted">{t(status === 'pending' ? 'appraisal.nothingPending' : 'table.empty')}</p>
          ) : (
            <QueueList
              items={items}
              selected={currentKey}
              onSelect={(key) => {
                select(key);
                title.current?.focus();
              }}
              onStep={step}
              listRef={list}
              label={t('appraisal.queue')}
            />
          )}
          {(queue.data?.total ?? 0) > QUEUE_PAGE_SIZE && (
            <Pagination
              page={page}
              pageSize={QUEUE_PAGE_SIZE}
              total={queue.data?.total ?? 0}
              onPage={(next) => setFilters({ page: String(next) })}
            />
          )}
        </div>
        <div className="workspace-item">
          {/* Headings in order: the page's h1, this h2, the leaf's h3, its sides' h4. */}
          <h2 className="visually-hidden">{t('appraisal.currentLeaf')}</h2>
          {current && (
            <AppraisalItem
              key={currentKey}
              item={current}
              leaf={leafOf(setOf(current.unitCode), current.leafCode)}
              periodId={periodId}
              adjusting={adjusting}
              accepting={accept.isPending}
              acceptError={accept.error}
              onAccept={() => decide('accept')}
              onAdjust={() => decide('adjust')}
              onCancelAdjust={() => {
                setAdjusting(false);
                list.current?.focus();
              }}
              onSaved={(_saved: AssessmentItem) => afterDecision(current)}
              titleRef={title}
            />
          )}
        </div>
      </div>
    </section>
  );
}
