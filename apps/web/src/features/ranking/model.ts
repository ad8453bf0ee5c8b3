import type { Localized } from '../../lib/i18n';
import type { PublicResults, RankingGroupName, ResultsV1, UnitResultV1 } from './api/types';

/** One node of a criteria set as the results screens read it (titles for areas and lost points). */
export interface SetNode {
  code: string;
  title: string;
  parentCode: string | null;
  maxPoints: number;
}

/** One unit's line in a results table. */
export interface ResultRow {
  code: string;
  name: string;
  group: string;
  criteriaSet: string;
  points: number;
  maxPoints: number;
  index: number | null;
  rank: number | null;
  band: string | null;
  bandLabel: string | null;
  nodes: UnitResultV1['nodes'];
  missing: readonly string[];
  /** Against the latest earlier published year (public feed only); null when unknown. */
  indexChange: number | null;
  rankChange: number | null;
  changeYear: number | null;
  /** Name and code folded for a search without accents. */
  folded: string;
}

/** Results made readable: rows with names and labels, the groups, and each set's nodes. */
export interface ResultsModel {
  rows: ResultRow[];
  groups: { code: string; name: string }[];
  sets: Record<string, SetNode[]>;
}

/**
 * Folds a text for a search that ignores accents and case: "Sở Tư pháp", "so tu phap" and "SO TU PHAP" are
 * one; đ/Đ become d (NFD does not split them).
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .trim();
}

/** The names of the ranking groups the demo and the provinces use, until the API serves them. */
const KNOWN_GROUPS: Record<string, Localized> = {
  departments: { vi: 'Sở, ban, ngành', en: 'Departments' },
  communes: { vi: 'Xã, phường', en: 'Communes and wards' },
  special: { vi: 'Cơ quan đặc thù', en: 'Special agencies' },
  districts: { vi: 'Huyện, thị xã, thành phố', en: 'Districts' },
};

/**
 * A group's name: the API's when it was given one (a group never named carries its code as its name), else a
 * known group's, else its code.
 */
export function groupName(code: string, lang: keyof Localized, fromApi?: RankingGroupName[]): string {
  const named = fromApi?.find((group) => group.code === code);
  if (named && named.name !== code) return lang === 'en' && named.nameEn ? named.nameEn : named.name;
  return KNOWN_GROUPS[code]?.[lang] ?? code;
}

/** The groups present in the rows, in the API's order when it gives one, else as they first appear. */
function groupsOf(rows: ResultRow[], lang: keyof Localized, fromApi?: RankingGroupName[]) {
  const present = new Set(rows.map((row) => row.group));
  const ordered = [
    ...(fromApi ?? []).map((group) => group.code).filter((code) => present.has(code)),
    ...present,
  ];
  return [...new Set(ordered)].map((code) => ({ code, name: groupName(code, lang, fromApi) }));
}

function row(
  unit: UnitResultV1,
  extra: Pick<ResultRow, 'name' | 'criteriaSet' | 'bandLabel'> &
    Partial<Pick<ResultRow, 'indexChange' | 'rankChange' | 'changeYear'>>,
): ResultRow {
  return {
    code: unit.code,
    group: unit.group,
    points: unit.points,
    maxPoints: unit.maxPoints,
    index: unit.index,
    rank: unit.rank,
    band: unit.band,
    nodes: unit.nodes,
    missing: unit.missing,
    indexChange: null,
    rankChange: null,
    changeYear: null,
    ...extra,
    folded: fold(`${extra.name} ${unit.code}`),
  };
}

/** The public feed's document as rows: it carries names, set codes, band labels and node titles. */
export function fromPublic(doc: PublicResults, lang: keyof Localized): ResultsModel {
  const rows = doc.units.map((unit) =>
    row(unit, {
      name: unit.name,
      criteriaSet: unit.criteriaSet,
      bandLabel: unit.bandLabel ?? unit.band,
      indexChange: unit.change?.indexChange ?? null,
      rankChange: unit.change?.rankChange ?? null,
      changeYear: unit.change?.year ?? null,
    }),
  );
  return {
    rows,
    groups: groupsOf(rows, lang, doc.rankingGroups),
    sets: Object.fromEntries(doc.criteriaSets.map((set) => [set.code, set.nodes])),
  };
}

/** What the staff screens know besides results/v1: the period's units and sets (names, bands, nodes). */
export interface PeriodContext {
  units: { code: string; name: string; criteriaSetCode: string }[];
  criteriaSets: { code: string; bands: { code: string; label: string }[] }[];
  /** Node lists by set code, when the caller may read the sets. */
  nodes?: Record<string, SetNode[]>;
  /** The period's ranking groups, when the caller may read them. */
  groups?: RankingGroupName[];
}

/** results/v1 with what the period says; a unit or band the period does not know keeps its code. */
export function fromResults(results: ResultsV1, context: PeriodContext, lang: keyof Localized): ResultsModel {
  const units = new Map(context.units.map((unit) => [unit.code, unit]));
  const bandLabels = new Map(
    context.criteriaSets.flatMap((set) => set.bands.map((band) => [`${set.code}|${band.code}`, band.label])),
  );
  const anyBand = new Map(context.criteriaSets.flatMap((set) => set.bands.map((b) => [b.code, b.label])));
  const rows = results.units.map((unit) => {
    const known = units.get(unit.code);
    const set = known?.criteriaSetCode ?? results.criteriaSet;
    const label = unit.band
      ? (bandLabels.get(`${set}|${unit.band}`) ?? anyBand.get(unit.band) ?? unit.band)
      : null;
    return row(unit, { name: known?.name ?? unit.code, criteriaSet: set, bandLabel: label });
  });
  return { rows, groups: groupsOf(rows, lang, context.groups), sets: context.nodes ?? {} };
}

/** The nodes of a set, or, when its titles are unknown, the node codes of a unit's results as their own titles. */
export function nodesOf(model: ResultsModel, unit: ResultRow): SetNode[] {
  const known = model.sets[unit.criteriaSet];
  if (known?.length) return known;
  return Object.entries(unit.nodes).map(([code, node]) => {
    const dot = code.lastIndexOf('.');
    return { code, title: code, parentCode: dot < 0 ? null : code.slice(0, dot), maxPoints: node.maxPoints };
  });
}

/** The areas (top-level nodes) of the set most of `rows` are scored on: the table's per-area columns. */
export function areasOf(model: ResultsModel, rows: ResultRow[]): SetNode[] {
  if (rows.length === 0) return [];
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.criteriaSet, (counts.get(r.criteriaSet) ?? 0) + 1);
  const set = [...counts].sort((a, b) => b[1] - a[1])[0][0];
  const sample = rows.find((r) => r.criteriaSet === set) ?? rows[0];
  return nodesOf(model, sample).filter((node) => node.parentCode === null);
}

export type SortKey = 'rank' | 'name' | 'points' | 'index' | 'change' | `area:${string}`;
export interface Sort {
  key: SortKey;
  descending: boolean;
}

/** Missing values (no rank, no index) always go last, whichever the direction. */
function compareNullable(a: number | null, b: number | null, descending: boolean): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return descending ? b - a : a - b;
}

export function sortRows(
  rows: ResultRow[],
  sort: Sort,
  compareText: (a: string, b: string) => string | number,
) {
  const value = (r: ResultRow): number | null => {
    switch (sort.key) {
      case 'rank':
        return r.rank;
      case 'points':
        return r.points;
      case 'index':
        return r.index;
      case 'change':
        return r.rankChange;
      default:
        return r.nodes[sort.key.slice(5)]?.points ?? null;
    }
  };
  const copy = [...rows];
  if (sort.key === 'name') {
    copy.sort((a, b) => {
      const order = Number(compareText(a.name, b.name));
      return sort.descending ? -order : order;
    });
  } else {
    copy.sort(
      (a, b) => compareNullable(value(a), value(b), sort.descending) || Number(compareText(a.name, b.name)),
    );
  }
  return copy;
}

export interface Filter {
  group: string;
  search: string;
  band: string;
}

export function filterRows(rows: ResultRow[], filter: Filter): ResultRow[] {
  const words = fold(filter.search).split(/\s+/).filter(Boolean);
  return rows.filter(
    (r) =>
      (!filter.group || r.group === filter.group) &&
      (!filter.band || (filter.band === '-' ? r.band === null : r.band === filter.band)) &&
      words.every((word) => r.folded.includes(word)),
  );
}

/** A lost-points line: a node below its maximum. */
export interface Loss {
  code: string;
  title: string;
  points: number;
  maxPoints: number;
  lost: number;
  /** The area it belongs to (its top-level ancestor). */
  area: string;
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/**
 * Where a unit lost points, from its snapshot's per-node points against each node's applicable maximum:
 * per area, and the leaves (nodes without children) below their maximum, most lost first.
 */
export function lostPoints(model: ResultsModel, unit: ResultRow): { areas: Loss[]; leaves: Loss[] } {
  const nodes = nodesOf(model, unit);
  const titles = new Map(nodes.map((node) => [node.code, node.title]));
  const parents = new Map(nodes.map((node) => [node.code, node.parentCode]));
  const hasChildren = new Set(nodes.map((node) => node.parentCode).filter((code) => code !== null));
  const areaOf = (code: string): string => {
    let current = code;
    for (let parent = parents.get(current); parent; parent = parents.get(current)) current = parent;
    return current;
  };
  const loss = (code: string): Loss | null => {
    const result = unit.nodes[code];
    if (!result) return null;
    const lost = round3(result.maxPoints - result.points);
    return {
      code,
      title: titles.get(code) ?? code,
      points: result.points,
      maxPoints: result.maxPoints,
      lost,
      area: areaOf(code),
    };
  };
  const present = nodes.map((node) => loss(node.code)).filter((l): l is Loss => l !== null);
  const byLoss = (a: Loss, b: Loss) =>
    b.lost - a.lost || a.code.localeCompare(b.code, 'vi', { numeric: true });
  return {
    areas: present.filter((l) => parents.get(l.code) === null),
    leaves: present.filter((l) => !hasChildren.has(l.code) && l.lost > 0).sort(byLoss),
  };
}

/** A lost-points row of the analysis API as the unit page reads it. */
export interface AnalysisLossRow {
  key: string | null;
  title: string;
  lostPoints: number;
  maxPoints: number;
  level: string;
}

/**
 * Where a unit lost points as the analysis API says (`GET …/analysis/lost-points?unit=`): the areas keep the
 * snapshot's order, points and maximum, their loss from the API (0 where it lists none); the leaves are the
 * API's rows (most lost first; the penalty row is not a leaf).
 */
export function lossesFromAnalysis(
  model: ResultsModel,
  unit: ResultRow,
  analysis: { areas: readonly AnalysisLossRow[]; leaves: readonly AnalysisLossRow[] },
): { areas: Loss[]; leaves: Loss[] } {
  const nodes = nodesOf(model, unit);
  const parents = new Map(nodes.map((node) => [node.code, node.parentCode]));
  const areaOf = (code: string): string => {
    let current = code;
    for (let parent = parents.get(current); parent; parent = parents.get(current)) current = parent;
    return current;
  };
  const areaLoss = new Map(
    analysis.areas.filter((row) => row.level === 'area').map((row) => [row.key, row.lostPoints]),
  );
  return {
    areas: lostPoints(model, unit).areas.map((area) => ({ ...area, lost: areaLoss.get(area.code) ?? 0 })),
    leaves: analysis.leaves
      .filter((row) => row.level === 'leaf' && row.key !== null)
      .map((row) => ({
        code: row.key!,
        title: row.title,
        points: round3(row.maxPoints - row.lostPoints),
        maxPoints: row.maxPoints,
        lost: row.lostPoints,
        area: areaOf(row.key!),
      })),
  };
}

/**
 * Year-over-year change for results the feed has not published yet (a compute of this year): against the
 * latest earlier published results, by unit code (rankChange > 0: moved up). Units the earlier year did
 * not have keep no change.
 */
export function withChange(model: ResultsModel, previous: PublicResults | undefined): ResultsModel {
  if (!previous) return model;
  const before = new Map(previous.units.map((unit) => [unit.code, unit]));
  return {
    ...model,
    rows: model.rows.map((row) => {
      const old = before.get(row.code);
      if (!old || row.indexChange !== null || row.rankChange !== null) return row;
      return {
        ...row,
        changeYear: previous.period.year,
        indexChange:
          old.index === null || row.index === null ? null : Math.round((row.index - old.index) * 100) / 100,
        rankChange: old.rank === null || row.rank === null ? null : old.rank - row.rank,
      };
    }),
  };
}
