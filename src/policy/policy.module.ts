import { Module } from '@nestjs/common';
import { ConfigModule } from '../config/config.module';
import { PolicyService } from './policy.service';

@Module({ imports: [ConfigModule], providers: [PolicyService], exports: [PolicyService] })
export class PolicyModule {}
