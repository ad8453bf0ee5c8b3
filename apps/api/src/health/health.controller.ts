import { Controller, Get, HttpCode } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '../common/auth/public.decorator';
import { DomainError } from '../common/errors/domain-error';

export class HealthDto {
  @ApiProperty({ example: 'ok', enum: ['ok'] })
  status!: 'ok';

  @ApiProperty({ example: 'up', enum: ['up'] })
  db!: 'up';
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Public()
  @Get()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Tình trạng dịch vụ / Service health',
    description:
      'Trả lời 200 khi API và cơ sở dữ liệu hoạt động; 503 (SERVICE_UNAVAILABLE) khi CSDL không trả lời.',
  })
  @ApiOkResponse({ type: HealthDto })
  async health(): Promise<HealthDto> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new DomainError('SERVICE_UNAVAILABLE', {
        detail: { vi: 'Cơ sở dữ liệu không trả lời', en: 'The database does not answer' },
        extensions: { status: 503, db: 'down' },
      });
    }
    return { status: 'ok', db: 'up' };
  }
}
