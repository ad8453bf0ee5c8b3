import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsISO8601, IsUUID, ValidateIf } from 'class-validator';
import { IsText, Optional, OptionalQueryInt } from '../common/http/validation';

export class PublishDto {
  @ApiProperty({ example: '125/QĐ-UBND' }) @IsText({ min: 1, max: 100 }) decisionNo!: string;
  @ApiProperty({ example: '2027-02-15', format: 'date' }) @IsISO8601({ strict: true }) decisionDate!: string;
  @ApiPropertyOptional({ example: 'Chủ tịch UBND tỉnh Nguyễn Văn A', description: 'Người ký / signer' })
  @Optional()
  @IsText({ min: 1, max: 200 })
  signer?: string;
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Quyết định đã ký (PDF) từ POST /periods/{id}/decision-file / the signed decision',
  })
  @Optional()
  @IsUUID()
  decisionFileId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The snapshot to publish; default the latest' })
  @Optional()
  @IsUUID()
  snapshotId?: string;
  @ApiPropertyOptional({
    description: 'Công bố dù còn cảnh báo / publish over the snapshot’s warnings (needs a reason)',
  })
  @Optional()
  @IsBoolean()
  acknowledgeWarnings?: boolean;
  @ApiPropertyOptional({
    description: 'Lý do / why the warnings are accepted (required with acknowledgeWarnings)',
  })
  @ValidateIf((dto: PublishDto) => dto.acknowledgeWarnings === true)
  @IsText({ min: 5, max: 2000 })
  acknowledgementReason?: string;
}

export class DecisionFileDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() sha256!: string;
  @ApiProperty({ example: 123456 }) sizeBytes!: number;
}

export class PublicationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty({ format: 'uuid' }) snapshotId!: string;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The publication this version replaces (after appeals)',
  })
  supersedesId!: string | null;
  @ApiProperty() decisionNo!: string;
  @ApiProperty({ format: 'date' }) decisionDate!: string;
  @ApiProperty({ type: String, nullable: true }) signer!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) decisionFileId!: string | null;
  @ApiProperty({ type: Object, isArray: true }) acknowledgedWarnings!: unknown[];
  @ApiProperty({ type: String, nullable: true }) acknowledgementReason!: string | null;
  @ApiProperty() publishedBy!: string;
  @ApiProperty({ type: String, format: 'date-time' }) publishedAt!: Date;
  @ApiProperty({ description: 'ETag of the public results' }) etag!: string;
}

export class PublicPeriodDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty() name!: string;
  @ApiProperty() decisionNo!: string;
  @ApiProperty({ format: 'date' }) decisionDate!: string;
  @ApiProperty({ type: String, format: 'date-time' }) publishedAt!: Date;
  @ApiProperty({ example: 1 }) version!: number;
}

export class UnitHistoryRowDto {
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ format: 'uuid' }) periodId!: string;
  @ApiProperty({ type: Number, nullable: true }) index!: number | null;
  @ApiProperty({ type: Number, nullable: true }) rank!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'band code' }) band!: string | null;
}

export class PublicResultsQueryDto {
  @ApiPropertyOptional({
    example: 1,
    description:
      'A publication version (phiên bản) of the period; default the latest. Earlier versions stay readable.',
  })
  @OptionalQueryInt({ min: 1, max: 10000 })
  version?: number;
}

export class PublicationVersionDto {
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty() decisionNo!: string;
  @ApiProperty({ format: 'date' }) decisionDate!: string;
  @ApiProperty({ type: String, nullable: true }) signer!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) publishedAt!: Date;
  @ApiProperty({ description: 'ETag of this version’s public results' }) etag!: string;
  @ApiProperty({ description: 'A signed decision is at /public/periods/{id}/decision-file?version=N' })
  hasDecisionFile!: boolean;
  @ApiProperty({ type: Number, nullable: true, description: 'The version this one replaces' })
  supersedes!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'The version that replaced this one' })
  supersededBy!: number | null;
  @ApiProperty({ description: 'What GET /public/periods/{id}/results serves without ?version' })
  latest!: boolean;
}
