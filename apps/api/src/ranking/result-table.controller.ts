import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Roles } from '../auth/decorators';
import { uuidParam } from '../common/http/params';
import { ResultTableService } from './result-table.service';

@ApiTags('ranking')
@Controller('periods/:id/results')
export class ResultTableController {
  constructor(private readonly tables: ResultTableService) {}

  @Roles('viewer')
  @Get('export.xlsx')
  @ApiOperation({
    summary: 'Bảng kết quả chính thức (.xlsx, mỗi nhóm một trang) / Official results tables',
    description:
      'STT, Tên đơn vị, points per area, self-assessed / appraised / survey points, Tổng điểm, Chỉ số %, Xếp hạng, Xếp loại, change vs the last published year. 404 RESULTS_NOT_COMPUTED before a compute.',
  })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async xlsx(@Param('id', uuidParam()) id: string, @Res() reply: FastifyReply): Promise<void> {
    const body = await this.tables.xlsx(id);
    await reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', 'attachment; filename="ket-qua-chi-so-cchc.xlsx"')
      .send(body);
  }

  @Roles('viewer')
  @Get('export.csv')
  @ApiOperation({ summary: 'Bảng kết quả (CSV, UTF-8) / Results as CSV' })
  @ApiProduces('text/csv')
  async csv(@Param('id', uuidParam()) id: string, @Res() reply: FastifyReply): Promise<void> {
    const body = await this.tables.csv(id);
    await reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="ket-qua-chi-so-cchc.csv"')
      .send(body);
  }

  @Roles('viewer')
  @Get('export.pdf')
  @ApiOperation({
    summary: 'Kết quả công bố (PDF: quyết định, bảng, biểu đồ xếp hạng) / Publication PDF',
  })
  @ApiProduces('application/pdf')
  async pdf(@Param('id', uuidParam()) id: string, @Res() reply: FastifyReply): Promise<void> {
    const body = await this.tables.pdf(id);
    await reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', 'attachment; filename="ket-qua-chi-so-cchc.pdf"')
      .send(body);
  }
}
