import { Module } from '@nestjs/common';
import { DatabaseModule } from '../database/database.module';
import { PolicyVersionsModule } from '../policy-versions/policy-versions.module';
import { EvalRunsRepository } from './eval-runs.repository';
import { EvalRunsService } from './eval-runs.service';

/** Eval and drift runs in the database, and which requests belong to an authenticated eval run. */
@Module({
  imports: [DatabaseModule, PolicyVersionsModule],
  providers: [EvalRunsRepository, EvalRunsService],
  exports: [EvalRunsService],
})
export class EvalRunsModule {}
