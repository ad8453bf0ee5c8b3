import { useParams, useSearchParams } from 'react-router';
import { PublicResultsPage, PublicUnitPage, ResultsUnitPage } from '../../features/ranking';

export { PublicPeriodsPage, ResultsPage } from '../../features/ranking';

/** `/results/:periodId/units/:code?snapshot=`: a unit in a compute. */
export function ResultsUnitRoute() {
  const { periodId = '', code = '' } = useParams();
  const [params] = useSearchParams();
  return (
    <ResultsUnitPage
      key={`${periodId}|${code}`}
      periodId={periodId}
      code={code}
      snapshotId={params.get('snapshot') ?? ''}
    />
  );
}

/** `/cong-khai/ket-qua/:periodId`: outside `<RequireAuth>` and the shell. */
export function PublicResultsRoute() {
  const { periodId = '' } = useParams();
  return <PublicResultsPage key={periodId} periodId={periodId} />;
}

/** `/cong-khai/ket-qua/:periodId/don-vi/:code`. */
export function PublicUnitRoute() {
  const { periodId = '', code = '' } = useParams();
  return <PublicUnitPage key={`${periodId}|${code}`} periodId={periodId} code={code} />;
}
