import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsISO8601,
  IsObject,
  IsString,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { IsCode, IsText, Optional, ValidateNestedArray } from '../common/http/validation';
import { SURVEY_STATES, type SurveyState } from './survey.entity';

const ANSWERS_EXAMPLE = { '3.1': 'A', '3.2': 'C' };

export class SurveyGroupInputDto {
  @ApiProperty({ example: 'LD-SO' }) @IsCode() code!: string;

  @ApiProperty({ example: 'Lãnh đạo các sở, ban, ngành' })
  @IsText({ min: 1, max: 200 })
  name!: string;

  @ApiProperty({ example: 57, description: 'Target number of forms (not a cap)' })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  quota!: number;

  @ApiPropertyOptional({
    type: [String],
    example: ['department'],
    description: 'Unit types this group rates (default: every participating unit)',
  })
  @Optional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsCode({ each: true })
  unitTypes?: string[];

  @ApiPropertyOptional({
    type: [String],
    example: ['3.1'],
    description: 'Survey leaves this group answers (default: every survey leaf of the rated unit’s set)',
  })
  @Optional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsCode({ each: true })
  leafCodes?: string[];
}

export class SurveyDefinitionDto {
  @ApiProperty({
    example: '2026-10-01T00:00:00+07:00',
    description: 'Answers are taken from this instant (a date alone: the start of that day, province time)',
  })
  @IsISO8601({ strict: true })
  opensAt!: string;

  @ApiProperty({
    example: '2026-11-30T17:00:00+07:00',
    description: 'Until this instant (a date alone: the end of that day, province time)',
  })
  @IsISO8601({ strict: true })
  closesAt!: string;

  @ApiPropertyOptional({
    default: 0,
    example: 30,
    description: 'Forms a rated unit needs (all groups together); fewer → a compute warning',
  })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  minResponses?: number;

  @ValidateNestedArray(SurveyGroupInputDto, { min: 1, max: 100 })
  groups!: SurveyGroupInputDto[];
}

export class SurveyGroupDto {
  @ApiProperty({ example: 'LD-SO' }) code!: string;
  @ApiProperty({ example: 'Lãnh đạo các sở, ban, ngành' }) name!: string;
  @ApiProperty({ type: 'integer', example: 57 }) quota!: number;
  @ApiProperty({ type: [String], nullable: true }) unitTypes!: string[] | null;
  @ApiProperty({ type: [String], nullable: true }) leafCodes!: string[] | null;
  @ApiProperty({ type: 'integer', description: 'Forms received from this group (every channel)' })
  received!: number;
  @ApiProperty({ type: 'integer', description: 'One-time codes issued for this group' }) codesIssued!: number;
  @ApiProperty({ type: 'integer', description: 'Of those, used' }) codesUsed!: number;
}

export class SurveyUnitProgressDto {
  @ApiProperty({ example: 'STP' }) code!: string;
  @ApiProperty({ example: 'Sở Tư pháp' }) name!: string;
  @ApiProperty({ example: 'departments', description: 'Ranking group' }) group!: string;
  @ApiProperty({ type: 'integer', description: 'Forms about this unit (all groups)' }) received!: number;
  @ApiProperty({ description: 'received < minResponses' }) belowMinimum!: boolean;
}

export class SurveyDto {
  @ApiProperty({ format: 'uuid' }) periodId!: string;
  @ApiProperty({ enum: SURVEY_STATES }) state!: SurveyState;
  @ApiProperty({ type: String, format: 'date-time' }) opensAt!: Date;
  @ApiProperty({ type: String, format: 'date-time' }) closesAt!: Date;
  @ApiProperty({ type: 'integer' }) minResponses!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt!: Date | null;
  @ApiProperty({
    description:
      'Answers are accepted now (state open and now inside the window); the reason otherwise is in `acceptingCode`',
  })
  accepting!: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    enum: ['SURVEY_NOT_OPEN', 'SURVEY_CLOSED'],
    description: 'Why answers are refused now (null while accepting)',
  })
  acceptingCode!: 'SURVEY_NOT_OPEN' | 'SURVEY_CLOSED' | null;
  @ApiProperty({ description: 'A first answer arrived: redefining is 409 SURVEY_STARTED' }) started!: boolean;
  @ApiProperty({ type: 'integer', description: 'Forms received in all' }) received!: number;
  @ApiProperty({ description: 'The period’s results were computed: reopening is refused' })
  computed!: boolean;
  @ApiProperty({ type: [SurveyGroupDto] }) groups!: SurveyGroupDto[];
  @ApiProperty({ type: [SurveyUnitProgressDto], description: 'Every participating unit' })
  units!: SurveyUnitProgressDto[];
}

export class SurveyOptionDto {
  @ApiProperty({ example: 'A' }) code!: string;
  @ApiProperty({ example: 'Rất tốt' }) label!: string;
  @ApiProperty({ example: 100, description: 'Share of the leaf’s max this answer earns' }) percent!: number;
  @ApiProperty({ description: '“Không biết / không trả lời”: counted, left out of the score' })
  excluded!: boolean;
}

export class SurveyQuestionDto {
  @ApiProperty({ example: '3.1' }) leafCode!: string;
  @ApiProperty({ example: 'Mức độ hài lòng về thái độ phục vụ của công chức' }) text!: string;
  @ApiProperty({ type: [SurveyOptionDto] }) options!: SurveyOptionDto[];
}

export class SurveyNamedDto {
  @ApiProperty({ example: 'STP' }) code!: string;
  @ApiProperty({ example: 'Sở Tư pháp' }) name!: string;
}

/** The questionnaire of one form: what the public page (and the paper-entry screen) shows. */
export class SurveyFormViewDto {
  @ApiProperty({ example: 'Chỉ số CCHC năm 2026' }) periodName!: string;
  @ApiProperty({ type: 'integer', example: 2026 }) year!: number;
  @ApiProperty({ type: SurveyNamedDto, description: 'The unit being rated' }) unit!: SurveyNamedDto;
  @ApiProperty({ type: SurveyNamedDto, description: 'The respondent group' }) group!: SurveyNamedDto;
  @ApiProperty({ type: String, format: 'date-time' }) closesAt!: Date;
  @ApiProperty({ type: [SurveyQuestionDto], description: 'In set order; any may be skipped' })
  questions!: SurveyQuestionDto[];
}

export class SurveyAnswerDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: ANSWERS_EXAMPLE,
    description: '`{ leafCode: optionCode }`; a question may be skipped',
  })
  @IsObject()
  answers!: Record<string, string>;
}

export class SurveyAnswerResultDto {
  @ApiProperty({ example: true }) stored!: true;
}

export class IssueCodesDto {
  @ApiProperty({ example: 'LD-SO' }) @IsCode() groupCode!: string;
  @ApiProperty({ example: 'STP' }) @IsCode() unitCode!: string;
  @ApiProperty({ example: 50, minimum: 1, maximum: 1000 })
  @IsInt()
  @Min(1)
  @Max(1000)
  count!: number;
}

export class IssuedCodesDto {
  @ApiProperty({ example: 'LD-SO' }) groupCode!: string;
  @ApiProperty({ example: 'STP' }) unitCode!: string;
  @ApiProperty({
    type: [String],
    example: ['K7M2QX9PWD4T'],
    description:
      'Shown once, never stored (only a hash is). Answer page: `<origin>/s/<code>`; print them with POST …/survey/codes/sheet',
  })
  codes!: string[];
}

const CODE_TEXT = /^[A-Za-z0-9 -]{10,40}$/;

export class CodeSheetDto {
  @ApiProperty({ example: 'LD-SO' }) @IsCode() groupCode!: string;
  @ApiProperty({ example: 'STP' }) @IsCode() unitCode!: string;

  @ApiPropertyOptional({
    type: [String],
    description:
      'Codes issued before (for this group and unit) to print; else give `count` to issue new ones',
  })
  @Optional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @Matches(CODE_TEXT, { each: true, message: 'mã phiếu không hợp lệ / not a survey code' })
  codes?: string[];

  @ApiPropertyOptional({ minimum: 1, maximum: 1000, description: 'Issue this many new codes and print them' })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(1000)
  count?: number;

  @ApiPropertyOptional({
    example: 'https://cchc.langiang.gov.vn',
    description: 'Origin the QR codes point to (`<origin>/s/<code>`); default: the origin of this request',
  })
  @Optional()
  @Matches(/^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/, {
    message: 'origin phải có dạng http(s)://máy[:cổng] / must be http(s)://host[:port]',
  })
  origin?: string;
}

export class PaperFormDto {
  @ApiProperty({ example: 'BD-000123', description: 'The serial printed on the paper form' })
  @IsString()
  @Matches(/^\S(.{0,58}\S)?$/, { message: 'số phiếu 1–60 ký tự / serial of 1–60 characters' })
  serial!: string;

  @ApiProperty({ example: 'LD-SO' }) @IsCode() groupCode!: string;
  @ApiProperty({ example: 'STP' }) @IsCode() unitCode!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: ANSWERS_EXAMPLE,
  })
  @IsObject()
  answers!: Record<string, string>;
}

export class PaperFormResultDto {
  @ApiProperty({ example: 'BD-000123' }) serial!: string;
  @ApiProperty({ example: 'LD-SO' }) groupCode!: string;
  @ApiProperty({ example: 'STP' }) unitCode!: string;
}

export class FormsImportResultDto {
  @ApiProperty({ type: 'integer', description: 'Forms stored' }) imported!: number;
  @ApiProperty({
    type: 'integer',
    description: 'Forms whose serial was stored already with the same answers',
  })
  skipped!: number;
}

export class ReopenSurveyDto {
  @ApiPropertyOptional({
    example: '2026-12-10T17:00:00+07:00',
    description: 'A new end of the window (e.g. to take late paper forms)',
  })
  @Optional()
  @IsISO8601({ strict: true })
  closesAt?: string;
}

export class SurveyFormQueryDto {
  @ApiProperty({ example: 'LD-SO' }) @IsCode() group!: string;
  @ApiProperty({ example: 'STP' }) @IsCode() unit!: string;
}

export class SampleSizeQueryDto {
  @ApiProperty({ example: 1200, description: 'N: people in the group’s population' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  population!: number;

  @ApiProperty({ example: '0.05', description: 'e: margin of error as a fraction (0.05 = ±5 %)' })
  @IsString()
  @Matches(/^0?\.\d{1,6}$/, { message: 'margin là phân số như 0.05 / a fraction such as 0.05' })
  margin!: string;
}

export class SampleSizeDto {
  @ApiProperty({ type: 'integer', example: 1200 }) population!: number;
  @ApiProperty({ example: 0.05 }) margin!: number;
  @ApiProperty({ type: 'integer', example: 300, description: 'n = N / (1 + N·e²), rounded up' })
  sampleSize!: number;
}

export class SurveyCountsUnitDto {
  @ApiProperty({ example: 'STP' }) code!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: {
      type: 'object',
      properties: {
        counts: { type: 'object', additionalProperties: { type: 'integer' } },
      },
    },
    example: { '3.1': { counts: { A: 20, B: 5, C: 1, D: 0, E: 2 } } },
    description: '`assessments/v1` items of the survey leaves (every option, 0 where none)',
  })
  items!: Record<string, { counts: Record<string, number> }>;
}

export class SurveyCountsDto {
  @ApiProperty({ type: [SurveyCountsUnitDto] }) units!: SurveyCountsUnitDto[];
}

/** `SURVEY_BELOW_MINIMUM`: a unit with fewer forms than the survey's minimum. */
export class SurveyWarningDto {
  @ApiProperty({ example: 'STP' }) unit!: string;
  @ApiProperty({ enum: ['SURVEY_BELOW_MINIMUM'] }) code!: 'SURVEY_BELOW_MINIMUM';
  @ApiProperty({ example: 12 }) received!: number;
  @ApiProperty({ example: 30 }) minimum!: number;
}
