import { act, renderHook } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { Providers } from '../../../../app/providers';
import type { SetOption, UnitOption } from '../../options';
import { nextFreeYear, periodBody, WIZARD_STEPS } from './period-draft-schema';
import { usePeriodDraft } from './use-period-draft';

const SO = 'set-so';
const XA = 'set-xa';
const OLD = 'set-old';
const SETS: SetOption[] = [
  { id: SO, code: 'SO-2026', name: 'Sở', year: 2026, unitType: 'department', status: 'published' },
  { id: XA, code: 'XA-2026', name: 'Xã', year: 2026, unitType: 'commune', status: 'draft' },
  { id: OLD, code: 'SO-2020', name: 'Cũ', year: 2020, unitType: 'department', status: 'archived' },
];
const UNITS: UnitOption[] = [
  { code: 'STP', name: 'Sở Tư pháp', type: 'department', active: true },
  { code: 'SDT', name: 'Sở Đào tạo', type: 'department', active: true },
  { code: 'SCU', name: 'Sở cũ', type: 'department', active: false },
  { code: 'XAA', name: 'Xã An Phú', type: 'commune', active: true },
  { code: 'PHC', name: 'Phường Hòa Cường', type: 'ward', active: true },
];

// The app's providers: Vietnamese, with the app's texts registered (`wizard.defaultName`).
const wrapper = ({ children }: { children: ReactNode }) =>
  createElement(Providers, { language: 'vi', children });

function draft(takenYears?: number[]) {
  const hook = renderHook(() => usePeriodDraft({ sets: SETS, units: UNITS, takenYears }), { wrapper });
  return { hook, now: () => hook.result.current };
}

describe('usePeriodDraft', () => {
  it('starts with this year, its default Vietnamese name and nothing chosen', () => {
    const { now } = draft();
    const year = new Date().getFullYear();
    expect(now().values).toMatchObject({
      year,
      name: `Xác định Chỉ số CCHC năm ${year}`,
      sets: [],
      units: [],
    });
    expect(now().usable.map((set) => set.id)).toEqual([SO, XA]);
  });

  it('proposes the first year after the latest period’s (this year when there is none)', () => {
    expect(nextFreeYear([2024, 2026, 2025], new Date(2026, 5, 1))).toBe(2027);
    expect(nextFreeYear([2024], new Date(2026, 5, 1))).toBe(2025);
    expect(nextFreeYear([], new Date(2026, 5, 1))).toBe(2026);
  });

  it('starts with the next free year, and the proposed name follows the year until the user writes one', () => {
    const { now } = draft([2025, 2026]);
    expect(now().values).toMatchObject({ year: 2027, name: 'Xác định Chỉ số CCHC năm 2027' });
    act(() => {
      now().form.setValue('year', 2028);
      now().followYear();
    });
    expect(now().values).toMatchObject({ year: 2028, name: 'Xác định Chỉ số CCHC năm 2028' });
    act(() => {
      now().form.setValue('name', 'Chỉ số CCHC năm 2028 (đợt bổ sung)');
      now().form.setValue('year', 2029);
      now().followYear();
    });
    expect(now().values).toMatchObject({ year: 2029, name: 'Chỉ số CCHC năm 2028 (đợt bổ sung)' });
    // An emptied name takes the proposal again.
    act(() => {
      now().form.setValue('name', '');
      now().followYear();
    });
    expect(now().values.name).toBe('Xác định Chỉ số CCHC năm 2029');
  });

  it('adds a set for its own unit type unless another set serves it, and offers it no more', () => {
    const { now } = draft();
    act(() => now().addSet(SO));
    act(() => now().addSet(XA));
    act(() => now().toggleSetType(1, 'department', true));
    expect(now().values.sets).toEqual([
      { criteriaSetId: SO, unitTypes: ['department'] },
      { criteriaSetId: XA, unitTypes: ['commune', 'department'] },
    ]);
    expect(now().usable).toEqual([]);
    act(() => now().addSet('unknown'));
    expect(now().values.sets).toHaveLength(2);
  });

  it('offers the active units of the covered types in Vietnamese order and takes a whole type into its group', () => {
    const { now } = draft();
    act(() => now().addSet(SO));
    expect(now().candidates.map((unit) => unit.code)).toEqual(['SDT', 'STP']); // Đ after D, before T
    act(() => now().toggleType('department', true));
    expect(now().values.units).toEqual([
      { code: 'SDT', group: 'department' },
      { code: 'STP', group: 'department' },
    ]);
    act(() => now().toggleUnit(UNITS[0], false));
    expect(now().values.units).toEqual([{ code: 'SDT', group: 'department' }]);
    expect(now().selected.get('SDT')).toBe(0);
  });

  it('renaming a type’s default group moves the units still in it, and later picks join the new name', () => {
    const { now } = draft();
    act(() => now().addSet(SO));
    act(() => now().toggleType('department', true));
    act(() => now().form.setValue('units.1.group', 'rieng'));
    act(() => now().renameGroup('department', 'so-nganh'));
    expect(now().values.units).toEqual([
      { code: 'SDT', group: 'so-nganh' },
      { code: 'STP', group: 'rieng' },
    ]);
    act(() => now().toggleType('department', false));
    act(() => now().toggleUnit(UNITS[0], true));
    expect(now().values.units).toEqual([{ code: 'STP', group: 'so-nganh' }]);
  });

  it('drops the units of a type its set no longer serves, and of every type of a removed set', () => {
    const { now } = draft();
    act(() => now().addSet(SO));
    act(() => now().addSet(XA));
    act(() => now().toggleSetType(1, 'ward', true));
    act(() => now().toggleType('department', true));
    act(() => now().toggleType('commune', true));
    act(() => now().toggleType('ward', true));
    act(() => now().toggleSetType(1, 'ward', false));
    expect(now().values.units.map((unit) => unit.code)).toEqual(['SDT', 'STP', 'XAA']);
    act(() => now().removeSet(0));
    expect(now().values.units.map((unit) => unit.code)).toEqual(['XAA']);
    expect(now().values.sets).toEqual([{ criteriaSetId: XA, unitTypes: ['commune'] }]);
  });

  it('checks each step before the next: sets, then a ranking group spanning two sets, then deadline order', async () => {
    const { now } = draft();
    const sets = WIZARD_STEPS.findIndex((step) => step.label === 'wizard.step.sets');
    const units = WIZARD_STEPS.findIndex((step) => step.label === 'wizard.step.units');
    const deadlines = WIZARD_STEPS.findIndex((step) => step.label === 'wizard.step.deadlines');
    const error = (name: 'sets' | 'units' | 'deadlines.appraisal') => {
      const { error: found } = now().form.getFieldState(name);
      return found?.message ?? found?.root?.message;
    };
    expect(await act(() => now().checkStep(0))).toBe(true);
    expect(await act(() => now().checkStep(sets))).toBe(false);
    expect(error('sets')).toBe('wizard.setsRequired');

    act(() => now().addSet(SO));
    act(() => now().addSet(XA));
    expect(await act(() => now().checkStep(sets))).toBe(true);
    act(() => now().toggleUnit(UNITS[0], true));
    act(() => now().toggleUnit(UNITS[3], true));
    act(() => now().form.setValue('units.1.group', 'department'));
    expect(await act(() => now().checkStep(units))).toBe(false);
    expect(error('units')).toBe('wizard.groupSpansSets');
    act(() => now().form.setValue('units.1.group', 'commune'));
    expect(await act(() => now().checkStep(units))).toBe(true);

    act(() => now().form.setValue('deadlines.selfAssessment', '2026-12-15T17:00'));
    act(() => now().form.setValue('deadlines.appraisal', '2026-12-01T17:00'));
    // As the deadlines step does: an error is kept for a field the form has registered.
    act(() => void now().form.register('deadlines.appraisal'));
    expect(await act(() => now().checkStep(deadlines))).toBe(false);
    expect(error('deadlines.appraisal')).toBe('wizard.deadlineOrder');
  });

  it('builds the API body: trimmed names and groups, deadlines only where given', () => {
    expect(
      periodBody({
        year: 2026,
        name: '  Kỳ 2026 ',
        sets: [{ criteriaSetId: SO, unitTypes: ['department'] }],
        units: [{ code: 'STP', group: ' so-nganh ' }],
        deadlines: { selfAssessment: '2026-12-15T17:00', appraisal: '', explanation: '', finalAppraisal: '' },
      }),
    ).toEqual({
      year: 2026,
      name: 'Kỳ 2026',
      criteriaSets: [{ criteriaSetId: SO, unitTypes: ['department'] }],
      units: [{ code: 'STP', group: 'so-nganh' }],
      deadlines: { selfAssessment: new Date('2026-12-15T17:00').toISOString() },
    });
    expect(
      periodBody({
        year: 2026,
        name: 'Kỳ',
        sets: [],
        units: [],
        deadlines: { selfAssessment: '', appraisal: '', explanation: '', finalAppraisal: '' },
      }),
    ).not.toHaveProperty('deadlines');
  });
});
