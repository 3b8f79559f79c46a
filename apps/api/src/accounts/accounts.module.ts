import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OfficerDerivedColumnsSubscriber } from './officer-derived-columns.subscriber';
import { Officer, OfficerRole } from './officer.entity';

/** The officer record every feature reads and writes, with the subscriber that keeps its derived columns. */
@Module({
  imports: [TypeOrmModule.forFeature([Officer, OfficerRole])],
  providers: [OfficerDerivedColumnsSubscriber],
  exports: [TypeOrmModule],
})
export class AccountsModule {}
