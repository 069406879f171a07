import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { PolicyModule } from '../policy/policy.module';
import { ModelsController } from './models.controller';

@Module({ imports: [AuthModule, PolicyModule], controllers: [ModelsController] })
export class ModelsModule {}
