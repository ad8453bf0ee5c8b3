import { Body, Controller, Get, Header, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Public } from '../common/auth/public.decorator';
import { SurveyAnswerService } from './survey-answer.service';
import { SurveyAnswerDto, SurveyAnswerResultDto, SurveyFormViewDto } from './survey.dto';
import { CreatedLocation } from '../common/http/created-location';

/** The answer page's API: no login; the code in the path is the only key. */
@ApiTags('survey')
@Public()
@Controller('public/survey')
export class PublicSurveyController {
  constructor(private readonly answers: SurveyAnswerService) {}

  @Get(':code')
  @Header('cache-control', 'no-store')
  @ApiOperation({
    summary: 'Phiếu khảo sát theo mã (công khai) / The form of a code (public)',
    description:
      'The rated unit, the group and the questions. Unknown code 404 (after 10 unknown codes a minute from one client: 429); used 409 CODE_USED; before the window 409 SURVEY_NOT_OPEN; closed 409 SURVEY_CLOSED. Case, spaces and dashes in the code are ignored.',
  })
  @ApiOkResponse({ type: SurveyFormViewDto })
  form(@Param('code') code: string, @Req() request: FastifyRequest): Promise<SurveyFormViewDto> {
    return this.answers.form(code, request.ip);
  }

  @Post(':code')
  @CreatedLocation('/public/survey/:code', { code: 'param.code' })
  @HttpCode(201)
  @Header('cache-control', 'no-store')
  @ApiOperation({
    summary: 'Gửi phiếu (công khai) / Submit the form (public)',
    description:
      '201 once per code, atomically: a second submit, even concurrent, is 409 CODE_USED and stores nothing. A leaf outside the form or an unknown option is 422 SURVEY_ANSWER_INVALID and leaves the code unused. The stored form keeps group, unit, answers, channel and day — never the code.',
  })
  @ApiCreatedResponse({ type: SurveyAnswerResultDto })
  async submit(
    @Param('code') code: string,
    @Body() dto: SurveyAnswerDto,
    @Req() request: FastifyRequest,
  ): Promise<SurveyAnswerResultDto> {
    await this.answers.submit(code, dto.answers, request.ip);
    return { stored: true };
  }
}
