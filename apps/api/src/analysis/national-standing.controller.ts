import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentActor, Roles } from '../auth/decorators';
import type { Actor } from '../auth/principal';
import { uuidParam } from '../common/http/params';
import { XLSX_MIME } from '../criteria/criteria-workbook';
import { CSV_MIME } from '../survey/survey-form-file';
import {
  CreateStandingDto,
  StandingDto,
  StandingImportResultDto,
  StandingQueryDto,
  UpdateStandingDto,
} from './national-standing.dto';
import { NationalStandingService, STANDING_COLUMNS } from './national-standing.service';
import { VersionQueryDto } from './remediation.dto';
import { Idempotent } from '../common/idempotency/idempotency.interceptor';
import { CreatedLocation } from '../common/http/created-location';

@ApiTags('analysis')
@Controller('national-standing')
export class NationalStandingController {
  constructor(private readonly standing: NationalStandingService) {}

  @Roles('appraiser', 'viewer')
  @Get()
  @ApiOperation({
    summary: 'Chỉ số quốc gia của tỉnh / The province’s PAR INDEX, SIPAS, PAPI by year',
    description:
      'Newest year first; per row the change of rank (`rankChange` > 0: moved up) and of value against the year before, and `lostPoints` (max − value) where a max is known.',
  })
  @ApiOkResponse({ type: [StandingDto] })
  list(@Query() query: StandingQueryDto): Promise<StandingDto[]> {
    return this.standing.list(query.indexCode);
  }

  @Idempotent()
  @Post()
  @CreatedLocation('/national-standing/:standingId', { standingId: 'answer.id' })
  @ApiOperation({
    summary: 'Nhập một giá trị / Enter a value (409 STANDING_EXISTS for a taken year, index, area)',
  })
  @ApiCreatedResponse({ type: StandingDto })
  create(@Body() body: CreateStandingDto, @CurrentActor() actor: Actor): Promise<StandingDto> {
    return this.standing.create(body, actor);
  }

  @Idempotent()
  @Post('import')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Nhập tệp (CSV, Excel) / Import a CSV or .xlsx',
    description: `The raw body as \`text/csv\` or the .xlsx content type; header row with the columns ${STANDING_COLUMNS.join(', ')} (\`area\` empty for the total; \`index\` PAR_INDEX, SIPAS or PAPI). All or nothing: 422 STANDING_IMPORT_INVALID with \`errors[].row\` (data rows from 1). A year, index and area already stored is updated; identical rows count as unchanged.`,
  })
  @ApiConsumes(CSV_MIME, XLSX_MIME)
  @ApiBody({
    schema: {
      type: 'string',
      example: 'year,index,area,areaTitle,value,maxPoints,rank,rankOf\n2024,PAR_INDEX,,,72.23,,58,63',
    },
  })
  @ApiOkResponse({ type: StandingImportResultDto })
  import(
    @Body() body: unknown,
    @Headers('content-type') contentType: string | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<StandingImportResultDto> {
    return this.standing.import(contentType, body, actor);
  }

  @Patch(':standingId')
  @ApiOperation({ summary: 'Sửa / Edit (`version` else 409 STALE_VERSION)' })
  @ApiOkResponse({ type: StandingDto })
  update(
    @Param('standingId', uuidParam('standingId')) id: string,
    @Body() body: UpdateStandingDto,
    @CurrentActor() actor: Actor,
  ): Promise<StandingDto> {
    return this.standing.update(id, body, actor);
  }

  @Delete(':standingId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Xóa / Delete (?version=)' })
  @ApiNoContentResponse()
  remove(
    @Param('standingId', uuidParam('standingId')) id: string,
    @Query() query: VersionQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    return this.standing.remove(id, query.version, actor);
  }
}
