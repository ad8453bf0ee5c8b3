import { Controller, Get, HttpCode, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '../common/auth/public.decorator';
import { DomainError } from '../common/errors/domain-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

export class HealthDto {
  @ApiProperty({ example: 'ok', enum: ['ok'] })
  status!: 'ok';

  @ApiProperty({ example: 'up', enum: ['up'] })
  db!: 'up';
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Tình trạng dịch vụ / Service health',
    description:
      'Trả lời 200 khi API và cơ sở dữ liệu hoạt động; 503 (SERVICE_UNAVAILABLE) khi CSDL không trả lời (`db: down`) hoặc PostgreSQL nhúng đang được khởi động lại (`db: restarting`).',
  })
  @ApiOkResponse({ type: HealthDto })
  async health(): Promise<HealthDto> {
    if (this.config.embeddedDatabaseStatus?.() === 'restarting') {
      throw new DomainError('SERVICE_UNAVAILABLE', {
        detail: {
          vi: 'PostgreSQL nhúng đã dừng và đang được khởi động lại',
          en: 'The embedded PostgreSQL stopped and is being restarted',
        },
        extensions: { db: 'restarting' },
        headers: { 'retry-after': '2' },
      });
    }
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
