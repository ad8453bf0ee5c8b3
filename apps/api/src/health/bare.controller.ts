import { Controller, Get } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../common/auth/public.decorator';

/**
 * A bare NestJS route (no database, no work), mounted only with PAR_BENCH_BARE=1: the baseline the bench puts
 * next to the public results route, in the same process and run.
 */
@ApiExcludeController()
@Controller('bench')
export class BareController {
  @Public()
  @Get('bare')
  bare(): { ok: true } {
    return { ok: true };
  }
}
