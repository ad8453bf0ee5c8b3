import { Module } from '@nestjs/common';
import { UnitsController } from './units.controller';
import { UnitsService } from './units.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  controllers: [UnitsController, UsersController],
  providers: [UnitsService, UsersService],
  exports: [UnitsService, UsersService],
})
export class OrganizationModule {}
