import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { CODE_PATTERN } from '../../../lib/codes';
import { useI18n } from '../../../lib/i18n';
import type { PeriodDetail } from '../../../lib/period-queries';
import { groupName, rankingGroupsQueryOptions } from '../../../lib/ranking-groups';
import { usePutRankingGroups, type RankingGroups } from '../api/put-ranking-groups';

interface DraftGroup {
  code: string;
  name: string;
  nameEn: string;
  bands: RankingGroups['groups'][number]['bands'];
}

/** The editor's starting point: the period's groups, a never-named group proposed with its known name. */
function draftOf(groups: RankingGroups): { groups: DraftGroup[]; members: Record<string, string> } {
  return {
    groups: groups.groups.map((group) => ({
      code: group.code,
      name: groups.configured ? group.name : groupName(group.code, 'vi'),
      nameEn: groups.configured ? group.nameEn : groupName(group.code, 'en'),
      bands: group.bands,
    })),
    members: Object.fromEntries(
      groups.groups.flatMap((group) => group.unitCodes.map((unit) => [unit, group.code])),
    ),
  };
}

/**
 * The period's ranking groups (nhóm xếp hạng): each group's Vietnamese and English name, which group each
 * unit is ranked in, a new group. Saved as a whole against the period's version; the next compute ranks by
 * it (bands of a group are kept as they are).
 */
export function RankingGroupsEditor({ period }: { period: PeriodDetail }) {
  const { t, compare } = useI18n();
  const groups = useQuery(rankingGroupsQueryOptions(period.id));
  const [draft, setDraft] = useState<{ groups: DraftGroup[]; members: Record<string, string> } | null>(null);
  const [newCode, setNewCode] = useState('');
  const [saved, setSaved] = useState(false);
  const save = usePutRankingGroups(period.id, {
    onSuccess: () => {
      setDraft(null);
      setSaved(true);
    },
  });
  if (!groups.data) return <ErrorAlert error={groups.error} />;
  const current = draft ?? draftOf(groups.data);
  const edit = (next: typeof current) => {
    setSaved(false);
    setDraft(next);
  };
  const setGroup = (index: number, changes: Partial<DraftGroup>) =>
    edit({ ...current, groups: current.groups.map((g, i) => (i === index ? { ...g, ...changes } : g)) });
  const units = [...period.units].sort((a, b) => compare(a.name, b.name));
  const codeValid = CODE_PATTERN.test(newCode) && !current.groups.some((g) => g.code === newCode);
  const complete = current.groups.every((g) => g.name.trim() && g.nameEn.trim());

  return (
    <section className="ranking-groups" aria-labelledby="ranking-groups-title">
      <h2 id="ranking-groups-title">{t('groups.title')}</h2>
      <p className="field-hint">{t('groups.hint')}</p>
      <table className="data-table">
        <caption className="visually-hidden">{t('groups.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('groups.code')}</th>
            <th scope="col">{t('groups.name')}</th>
            <th scope="col">{t('groups.nameEn')}</th>
          </tr>
        </thead>
        <tbody>
          {current.groups.map((group, index) => (
            <tr key={group.code}>
              <td>
                <code>{group.code}</code>
              </td>
              <td>
                <input
                  aria-label={t('groups.nameOf', { code: group.code })}
                  value={group.name}
                  onChange={(event) => setGroup(index, { name: event.target.value })}
                />
              </td>
              <td>
                <input
                  aria-label={t('groups.nameEnOf', { code: group.code })}
                  value={group.nameEn}
                  onChange={(event) => setGroup(index, { nameEn: event.target.value })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="toolbar">
        <label className="filter">
          {t('groups.newCode')}
          <input value={newCode} onChange={(event) => setNewCode(event.target.value.trim())} />
        </label>
        <button
          type="button"
          className="button-secondary"
          disabled={!codeValid}
          onClick={() => {
            edit({
              ...current,
              groups: [...current.groups, { code: newCode, name: '', nameEn: '', bands: null }],
            });
            setNewCode('');
          }}
        >
          {t('groups.add')}
        </button>
      </div>
      <details>
        <summary>{t('groups.members')}</summary>
        <ul className="plain-list ranking-group-members">
          {units.map((unit) => (
            <li key={unit.code}>
              <label className="filter">
                {unit.name}
                <select
                  value={current.members[unit.code] ?? unit.group}
                  onChange={(event) =>
                    edit({ ...current, members: { ...current.members, [unit.code]: event.target.value } })
                  }
                >
                  {current.groups.map((group) => (
                    <option key={group.code} value={group.code}>
                      {group.name || group.code}
                    </option>
                  ))}
                </select>
              </label>
            </li>
          ))}
        </ul>
      </details>
      <ErrorAlert error={save.error} details />
      {saved && (
        <p className="alert alert-success" role="status">
          {t('groups.saved')}
        </p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button-primary"
          disabled={!draft || !complete || save.isPending}
          onClick={() =>
            save.mutate({
              version: groups.data.version,
              // A group nobody is in is dropped: every group must have members.
              groups: current.groups
                .filter((group) => units.some((u) => (current.members[u.code] ?? u.group) === group.code))
                .map((group) => ({
                  code: group.code,
                  name: group.name.trim(),
                  nameEn: group.nameEn.trim(),
                  unitCodes: units
                    .filter((unit) => (current.members[unit.code] ?? unit.group) === group.code)
                    .map((unit) => unit.code),
                  ...(group.bands ? { bands: group.bands } : {}),
                })),
            })
          }
        >
          {save.isPending ? t('action.saving') : t('groups.save')}
        </button>
      </div>
    </section>
  );
}
