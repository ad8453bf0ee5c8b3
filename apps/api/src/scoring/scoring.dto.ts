import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { Optional } from '../common/http/validation';

export class ComputeQueryDto {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description:
      'true: tính tạm trước khi mọi phiếu hoàn tất / a provisional compute before every unit is final (never publishable)',
  })
  @Optional()
  @IsIn(['true', 'false'])
  provisional?: 'true' | 'false';
}

export class DiffQueryDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() from!: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() to!: string;
}

export class SnapshotSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 1 }) seq!: number;
  @ApiProperty() provisional!: boolean;
  @ApiProperty({ description: 'An appeal compute (after publication, with the upheld corrections)' })
  appeal!: boolean;
  @ApiProperty({ description: 'SHA-256 (hex) of every input used' }) inputsHash!: string;
  @ApiProperty({ example: 'admin' }) computedBy!: string;
  @ApiProperty({ type: String, format: 'date-time' }) computedAt!: Date;
}

export class SnapshotListItemDto extends SnapshotSummaryDto {
  @ApiProperty({ description: 'number of warnings' }) warnings!: number;
}

export class UnitMoveDto {
  @ApiProperty() code!: string;
  @ApiProperty() group!: string;
  @ApiProperty({ type: Number, nullable: true }) fromIndex!: number | null;
  @ApiProperty({ type: Number, nullable: true }) toIndex!: number | null;
  @ApiProperty({ type: Number, nullable: true }) indexChange!: number | null;
  @ApiProperty({ type: Number, nullable: true }) fromRank!: number | null;
  @ApiProperty({ type: Number, nullable: true }) toRank!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'positive: moved up' }) rankChange!:
    number | null;
  @ApiProperty({ type: String, nullable: true }) fromBand!: string | null;
  @ApiProperty({ type: String, nullable: true }) toBand!: string | null;
}

export class SnapshotDiffDto {
  @ApiProperty({ type: SnapshotSummaryDto }) from!: SnapshotSummaryDto;
  @ApiProperty({ type: SnapshotSummaryDto }) to!: SnapshotSummaryDto;
  @ApiProperty({ type: [UnitMoveDto] }) units!: UnitMoveDto[];
}
