import { Module } from '@nestjs/common';
import { DatabaseModule } from '../database/database.module';
import { BudgetsRepository } from './budgets.repository';
import { BudgetsService } from './budgets.service';

@Module({ imports: [DatabaseModule], providers: [BudgetsRepository, BudgetsService], exports: [BudgetsService] })
export class BudgetsModule {}
