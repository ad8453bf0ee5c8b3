import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { IsText, Optional, OptionalQueryInt } from '../common/http/validation';
import { LOST_POINTS_BY, type LostPointsBy } from './analysis.service';

export class LostPointsQueryDto {
  @ApiPropertyOptional({ enum: LOST_POINTS_BY, default: 'leaf' })
  @Optional()
  @IsIn(LOST_POINTS_BY)
  by?: LostPointsBy;

  @ApiPropertyOptional({ description: 'Only the units of this ranking group' })
  @Optional()
  @IsText({ min: 1, max: 40 })
  group?: string;

  @ApiPropertyOptional({ description: 'Only this unit (its own lost points: the results unit page)' })
  @Optional()
  @IsText({ min: 1, max: 40 })
  unit?: string;
}

export class StrengthsQueryDto {
  @ApiPropertyOptional({ description: '1: areas (default), 2: criteria', minimum: 1, maximum: 2 })
  @OptionalQueryInt({ min: 1, max: 2 })
  depth?: number;

  @ApiPropertyOptional({ description: 'At most this many strengths and weaknesses per unit (default 3)' })
  @OptionalQueryInt({ min: 1, max: 20 })
  top?: number;
}

export class RobustnessQueryDto {
  @ApiPropertyOptional({ description: 'Monte Carlo draws (default 1000)', minimum: 10, maximum: 5000 })
  @OptionalQueryInt({ min: 10, max: 5000 })
  iterations?: number;

  @ApiPropertyOptional({ description: 'PRNG seed (default 1): the same seed gives the same answer' })
  @OptionalQueryInt({ min: 1, max: 2147483647 })
  seed?: number;
}

export class AnalysisSnapshotDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'integer' }) seq!: number;
  @ApiProperty({ type: String, format: 'date-time' }) computedAt!: Date;
}

class AnalysisBasisDto {
  @ApiProperty({ type: AnalysisSnapshotDto, description: 'The last (non-provisional) compute' })
  snapshot!: AnalysisSnapshotDto;
  @ApiProperty({ description: 'An input changed after that compute: compute again' })
  stale!: boolean;
}

export class LostPointsRowDto {
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Node code, responsible agency (null: none on the path) or `penalty`',
  })
  key!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty({ example: 1.25 }) lostPoints!: number;
  @ApiProperty({ description: 'Σ applicable max over the units (0 for the penalty row)' }) maxPoints!: number;
  @ApiProperty({ type: 'integer', description: 'Units that lost points there' }) units!: number;
  @ApiProperty({ type: String, nullable: true }) criteriaSet!: string | null;
  @ApiProperty({ enum: [...LOST_POINTS_BY, 'penalty'] }) level!: LostPointsBy | 'penalty';
  @ApiPropertyOptional({ type: String, nullable: true }) leadAgency?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) responsibleAgency?: string | null;
  @ApiPropertyOptional({ type: 'integer', description: 'Agency rows: leaves it is responsible for' })
  leaves?: number;
}

export class LostPointsDto extends AnalysisBasisDto {
  @ApiProperty({ enum: LOST_POINTS_BY }) by!: LostPointsBy;
  @ApiProperty({ type: [LostPointsRowDto] }) rows!: LostPointsRowDto[];
}

class HeatmapLeafDto {
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiProperty() maxPoints!: number;
}

class HeatmapUnitDto {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() group!: string;
  @ApiProperty({
    type: 'array',
    items: { type: 'number', nullable: true },
    description: 'Points lost per leaf (parallel to `leaves`); null: not applicable',
  })
  lost!: (number | null)[];
}

class HeatmapSetDto {
  @ApiProperty() criteriaSet!: string;
  @ApiProperty({ type: [HeatmapLeafDto] }) leaves!: HeatmapLeafDto[];
  @ApiProperty({ type: [HeatmapUnitDto] }) units!: HeatmapUnitDto[];
}

export class HeatmapDto extends AnalysisBasisDto {
  @ApiProperty({ type: [HeatmapSetDto] }) sets!: HeatmapSetDto[];
}

class NodeStandingDto {
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'The unit’s index on the node' }) index!: number;
  @ApiProperty({ description: 'Median index of the ranking group' }) median!: number;
  @ApiProperty({ description: 'index − median' }) gap!: number;
}

class UnitStrengthsDto {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() group!: string;
  @ApiProperty() criteriaSet!: string;
  @ApiProperty({ type: [NodeStandingDto] }) strengths!: NodeStandingDto[];
  @ApiProperty({ type: [NodeStandingDto] }) weaknesses!: NodeStandingDto[];
}

export class StrengthsDto extends AnalysisBasisDto {
  @ApiProperty({ type: 'integer' }) depth!: number;
  @ApiProperty({ type: [UnitStrengthsDto] }) units!: UnitStrengthsDto[];
}

class UnitRobustnessDto {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() group!: string;
  @ApiProperty() criteriaSet!: string;
  @ApiProperty({ type: Number, nullable: true }) index!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'The official rank' }) rank!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: '5th percentile (best end)' }) rankLow!:
    number | null;
  @ApiProperty({ type: 'integer', nullable: true }) rankMedian!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: '95th percentile (worst end)' }) rankHigh!:
    number | null;
}

export class RobustnessDto extends AnalysisBasisDto {
  @ApiProperty({ type: 'integer' }) iterations!: number;
  @ApiProperty({ type: 'integer' }) seed!: number;
  @ApiProperty() lowerPercentile!: number;
  @ApiProperty() upperPercentile!: number;
  @ApiProperty({
    type: 'integer',
    description: '(unit, survey leaf) pairs drawn within their sampling error',
  })
  perturbedLeaves!: number;
  @ApiProperty({ type: [UnitRobustnessDto] }) units!: UnitRobustnessDto[];
}

class UnitGapDto {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: 'integer', description: 'Leaves with both a self-assessed and an appraised score' })
  leaves!: number;
  @ApiProperty() selfPoints!: number;
  @ApiProperty({ description: 'Round 2 where it exists, else round 1' }) appraisedPoints!: number;
  @ApiProperty({ description: 'self − appraised: > 0 over-claims' }) gap!: number;
  @ApiProperty({ type: 'integer' }) overClaimedLeaves!: number;
  @ApiProperty({ type: 'integer' }) underClaimedLeaves!: number;
}

class AppraiserGapDto {
  @ApiProperty({ description: 'Who appraised (username)' }) appraiser!: string;
  @ApiProperty({ type: 'integer', enum: [1, 2] }) round!: number;
  @ApiProperty({ type: 'integer' }) leaves!: number;
  @ApiProperty({ type: 'integer', description: 'Leaves scored below the self-assessment' })
  cutLeaves!: number;
  @ApiProperty({ description: 'Σ (self − appraised) where cut' }) cutPoints!: number;
  @ApiProperty({ description: 'Σ (appraised − self) where raised' }) raisedPoints!: number;
  @ApiProperty({ description: 'cutPoints − raisedPoints' }) netCut!: number;
}

export class GapsDto {
  @ApiProperty({ type: [UnitGapDto], description: 'Largest over-claim first' }) units!: UnitGapDto[];
  @ApiProperty({ type: [AppraiserGapDto], description: 'Hardest net cut first' })
  appraisers!: AppraiserGapDto[];
}
