import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Unit } from './unit.entity';
import { UnitsController } from './units.controller';
import { UnitsService } from './units.service';
import { UnitScope } from './unit-scope.service';
import { UnitsAdmin } from './units.admin';

@Module({
  imports: [TypeOrmModule.forFeature([Unit])],
  controllers: [UnitsController],
  providers: [UnitsService, UnitScope, UnitsAdmin],
  exports: [UnitsService, UnitScope],
})
export class UnitsModule {}
