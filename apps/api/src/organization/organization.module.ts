import { Module } from '@nestjs/common';
import { UnitController } from './unit.controller';
import { UnitService } from './unit.service';
import { UserController } from './user.controller';
import { UserService } from './user.service';

@Module({
  controllers: [UnitController, UserController],
  providers: [UnitService, UserService],
  exports: [UnitService, UserService],
})
export class OrganizationModule {}
