import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { PipelineModule } from '../pipeline/pipeline.module';
import { RateLimitModule } from '../ratelimit/ratelimit.module';
import { EmbeddingsController } from './embeddings.controller';

@Module({ imports: [AuthModule, PipelineModule, RateLimitModule], controllers: [EmbeddingsController] })
export class EmbeddingsModule {}
