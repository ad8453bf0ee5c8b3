import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { Field } from '../../../components/field';
import { FormDialog } from '../../../components/form-dialog';
import { useI18n } from '../../../lib/i18n';
import type { CreateStanding } from '../api/types';
import { useCreateStanding, useImportStanding } from '../api/save-standing';

const INDEXES: CreateStanding['indexCode'][] = ['PAR_INDEX', 'SIPAS', 'PAPI'];

/** Parses a decimal typed the Vietnamese way ("72,23") or the English way ("72.23"). */
export function parseDecimal(text: string): number | null {
  const cleaned = text.trim().replace(/\s/g, '').replace(',', '.');
  return /^\d+(\.\d{1,3})?$/.test(cleaned) ? Number(cleaned) : null;
}

/** Enter one value of the province's national standing. */
export function StandingDialog({ onClose }: { onClose(): void }) {
  const { t } = useI18n();
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  const [indexCode, setIndexCode] = useState<CreateStanding['indexCode']>('PAR_INDEX');
  const [area, setArea] = useState('');
  const [value, setValue] = useState('');
  const [rank, setRank] = useState('');
  const [rankOf, setRankOf] = useState('34');
  const create = useCreateStanding({ onSuccess: onClose });
  const parsed = parseDecimal(value);
  const whole = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : undefined);
  const invalid = parsed === null || !/^\d{4}$/.test(year);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (parsed === null) return;
    create.mutate({
      year: Number(year),
      indexCode,
      ...(area.trim() ? { areaCode: area.trim() } : {}),
      value: parsed,
      ...(whole(rank) !== undefined ? { rank: whole(rank) } : {}),
      ...(whole(rankOf) !== undefined ? { rankOf: whole(rankOf) } : {}),
    });
  };
  return (
    <FormDialog
      title={t('analysis.standing.add')}
      onClose={onClose}
      onSubmit={submit}
      pending={create.isPending}
      disabled={invalid}
    >
      <ErrorAlert error={create.error} details />
      <Field label={t('analysis.standing.year')} required>
        {(control) => (
          <input {...control} inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} />
        )}
      </Field>
      <Field label={t('analysis.standing.index')}>
        {(control) => (
          <select
            {...control}
            value={indexCode}
            onChange={(e) => setIndexCode(e.target.value as CreateStanding['indexCode'])}
          >
            {INDEXES.map((code) => (
              <option key={code} value={code}>
                {code.replace('_', ' ')}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('analysis.standing.area')} hint={t('analysis.standing.areaHint')}>
        {(control) => <input {...control} value={area} onChange={(e) => setArea(e.target.value)} />}
      </Field>
      <Field label={t('analysis.standing.value')} hint={t('analysis.standing.valueHint')} required>
        {(control) => (
          <input {...control} inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} />
        )}
      </Field>
      <Field label={t('analysis.standing.rank')}>
        {(control) => (
          <input {...control} inputMode="numeric" value={rank} onChange={(e) => setRank(e.target.value)} />
        )}
      </Field>
      <Field label={t('analysis.standing.rankOf')}>
        {(control) => (
          <input
            {...control}
            inputMode="numeric"
            value={rankOf}
            onChange={(e) => setRankOf(e.target.value)}
          />
        )}
      </Field>
    </FormDialog>
  );
}

/** Import a CSV or .xlsx of standing rows (all or nothing); says how many were created and updated. */
export function StandingImport() {
  const { t } = useI18n();
  const [done, setDone] = useState<string | null>(null);
  const upload = useImportStanding({
    onSuccess: (result) =>
      setDone(
        t('analysis.standing.imported', {
          created: result.created,
          updated: result.updated,
          unchanged: result.unchanged,
        }),
      ),
  });
  return (
    <div>
      <label className="filter">
        {t('analysis.standing.import')}
        <input
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={upload.isPending}
          onChange={(e) => {
            const file = e.target.files?.[0];
            setDone(null);
            if (file) upload.mutate(file);
            e.target.value = '';
          }}
        />
      </label>
      <p className="hint">{t('analysis.standing.importHint')}</p>
      <ErrorAlert error={upload.error} details />
      {done && <p role="status">{done}</p>}
    </div>
  );
}
