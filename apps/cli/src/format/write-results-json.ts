import {
  computeIndex,
  fromCenti,
  fromMilli,
  RESULTS_FORMAT,
  type CriteriaSet,
  type ScoredUnit,
} from '@par/scoring';

/**
 * Streams the `par-index.results/v1` document as JSON text, one unit per chunk, straight from the exact
 * integers — the same document `buildResults` makes (and with `pretty`, the same text as
 * `JSON.stringify(…, null, 2)`), without building ~200 objects per unit first. Nodes come in set order.
 */
export function writeResultsJson(
  set: CriteriaSet,
  units: readonly ScoredUnit[],
  write: (chunk: string) => void,
  pretty: boolean,
): void {
  const indents = Array.from({ length: 6 }, (_, depth) => (pretty ? `\n${'  '.repeat(depth)}` : ''));
  const [end, i1, i2, i3, i4, i5] = indents;
  const colon = pretty ? ': ' : ':';
  const keys = set.allNodes.map((node) => JSON.stringify(node.code) + colon);
  const decimal = (milli: number): string => String(fromMilli(milli));
  const index = (centi: number | null): string => (centi === null ? 'null' : String(fromCenti(centi)));
  // A node's `{ points, maxPoints, index }` text depends only on its two integers, and at national scale
  // (660,000 nodes) few pairs repeat unseen: remembering each pair's text saves ~2 million number-to-text
  // conversions and the index arithmetic (profiled: the largest part of writing after garbage collection).
  const nodeTexts = new Map<number, string>();
  const nodeText = (points: number, max: number): string =>
    `{${i5}"points"${colon}${decimal(points)},` +
    `${i5}"maxPoints"${colon}${decimal(max)},` +
    `${i5}"index"${colon}${index(computeIndex(points, max))}${i4}}`;
  const node = (points: number, max: number): string => {
    // Exact thousandths in [0, 2^20) each make a unique key; anything else is written without the memo.
    if (!(points >= 0 && max >= 0 && points < 1_048_576 && max < 1_048_576) || points % 1 || max % 1)
      return nodeText(points, max);
    const key = points * 1_048_576 + max;
    let text = nodeTexts.get(key);
    if (text === undefined) {
      text = nodeText(points, max);
      nodeTexts.set(key, text);
    }
    return text;
  };

  write(
    `{${i1}"format"${colon}"${RESULTS_FORMAT}",${i1}"criteriaSet"${colon}${JSON.stringify(set.code)},${i1}"units"${colon}[`,
  );
  units.forEach((unit, u) => {
    if (unit.nodePointsMilli.length !== keys.length) {
      throw new Error(`Unit ${unit.code} was not scored with criteria set ${set.code}`);
    }
    const missing =
      unit.missing.length === 0
        ? '[]'
        : `[${unit.missing.map((code) => i4 + JSON.stringify(code)).join(',')}${i3}]`;
    let chunk =
      `${u > 0 ? ',' : ''}${i2}{` +
      `${i3}"code"${colon}${JSON.stringify(unit.code)},` +
      `${i3}"group"${colon}${JSON.stringify(unit.group)},` +
      `${i3}"points"${colon}${decimal(unit.pointsMilli)},` +
      `${i3}"maxPoints"${colon}${decimal(unit.maxMilli)},` +
      `${i3}"index"${colon}${index(unit.indexCenti)},` +
      `${i3}"rank"${colon}${unit.rank === null ? 'null' : String(unit.rank)},` +
      `${i3}"band"${colon}${unit.band === null ? 'null' : JSON.stringify(unit.band.code)},` +
      `${i3}"missing"${colon}${missing},` +
      `${i3}"nodes"${colon}{`;
    for (let position = 0; position < keys.length; position += 1) {
      const points = unit.nodePointsMilli[position];
      const max = unit.nodeMaxMilli[position];
      chunk += `${position > 0 ? ',' : ''}${i4}${keys[position]}${node(points, max)}`;
    }
    write(`${chunk}${i3}}${i2}}`);
  });
  write(`${units.length > 0 ? i1 : ''}]${end}}\n`);
}
