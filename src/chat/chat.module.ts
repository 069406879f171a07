import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { PipelineModule } from '../pipeline/pipeline.module';
import { RateLimitModule } from '../ratelimit/ratelimit.module';
import { ChatCompletionsController } from './chat-completions.controller';

@Module({ imports: [AuthModule, PipelineModule, RateLimitModule], controllers: [ChatCompletionsController] })
export class ChatModule {}
