import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray } from 'class-validator';
import { BandDto } from '../criteria/criteria.dto';
import { IsCode, IsText, IsVersion, ValidateNestedArray } from '../common/http/validation';

export class RankingGroupWriteDto {
  @ApiProperty({ example: 'departments' }) @IsCode() code!: string;
  @ApiProperty({ example: 'Khối sở, ban, ngành' }) @IsText({ min: 1, max: 200 }) name!: string;
  @ApiProperty({ example: 'Provincial departments' }) @IsText({ min: 1, max: 200 }) nameEn!: string;
  @ApiProperty({ type: [String], example: ['STP', 'STC'], description: 'Member unit codes' })
  @IsArray()
  @ArrayMaxSize(10000)
  @IsCode({ each: true })
  unitCodes!: string[];
  @ValidateNestedArray(BandDto, {
    optional: true,
    max: 20,
    description: 'Bands for this group instead of the set’s or the period’s',
  })
  bands?: BandDto[];
}

export class PutRankingGroupsDto {
  @ApiProperty({ description: 'The period’s version last read (else 409 STALE_VERSION)' })
  @IsVersion()
  version!: number;
  @ValidateNestedArray(RankingGroupWriteDto, {
    min: 1,
    max: 100,
    description: 'Every participating unit in exactly one group',
  })
  groups!: RankingGroupWriteDto[];
}

export class RankingGroupDto {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty({ type: [String] }) unitCodes!: string[];
  @ApiProperty({ type: [BandDto], nullable: true, description: 'null: the set’s (or period’s) bands' })
  bands!: BandDto[] | null;
}

export class RankingGroupsDto {
  @ApiProperty({ description: 'false: none set — the default groups, one per unit group code, named by it' })
  configured!: boolean;
  @ApiProperty({ description: 'The period’s version (send it back with PUT)' }) version!: number;
  @ApiProperty({ type: [RankingGroupDto] }) groups!: RankingGroupDto[];
}
