import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AuditQueryRepository } from './audit-query.repository';
import { AuditPageDto, AuditQueryDto } from './audit.dto';
import type { AuditEntry } from './audit-entry.entity';

const HEADER = [
  'Thời điểm / Time',
  'Loại tác nhân / Actor kind',
  'Tác nhân / Actor',
  'Hành động / Action',
  'Đối tượng / Entity',
  'Mã đối tượng / Entity id',
  'Thay đổi / Changes',
  'IP',
  'Mã yêu cầu / Request id',
];

function csvCell(value: unknown): string {
  const text =
    value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  // Cells Excel would run as formulas are prefixed with a quote (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvRow(e: AuditEntry): string {
  return [
    e.at.toISOString(),
    e.actorKind,
    e.actorName,
    e.action,
    e.entityType,
    e.entityId,
    e.diff ?? e.after,
    e.ip,
    e.requestId,
  ]
    .map(csvCell)
    .join(',');
}

/** The audit log (admin only): filtered pages and a CSV export that opens in Excel. */
@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly entries: AuditQueryRepository) {}

  @Get()
  @ApiOperation({ summary: 'Nhật ký kiểm tra / Audit log' })
  @ApiOkResponse({ type: AuditPageDto })
  page(@Query() query: AuditQueryDto): Promise<AuditPageDto> {
    return this.entries.page(query);
  }

  @Get('export')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="nhat-ky.csv"')
  @ApiOperation({
    summary: 'Xuất CSV / Export CSV',
    description: 'UTF-8 with BOM (opens in Excel with Vietnamese intact).',
  })
  @ApiProduces('text/csv')
  async export(@Query() query: AuditQueryDto): Promise<string> {
    const lines = ['\uFEFF' + HEADER.map(csvCell).join(',')];
    for await (const batch of this.entries.all(query)) lines.push(...batch.map(csvRow));
    return `${lines.join('\r\n')}\r\n`;
  }
}
