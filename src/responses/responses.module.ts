import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { PipelineModule } from '../pipeline/pipeline.module';
import { RateLimitModule } from '../ratelimit/ratelimit.module';
import { ResponsesController } from './responses.controller';

@Module({ imports: [AuthModule, PipelineModule, RateLimitModule], controllers: [ResponsesController] })
export class ResponsesModule {}
