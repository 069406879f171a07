import { Module } from '@nestjs/common';
import { AdminModule } from './admin/admin.module';
import { PolicyVersionsModule } from './policy-versions/policy-versions.module';
import { ChatModule } from './chat/chat.module';
import { ConsoleModule } from './console/console.module';
import { ClassificationModule } from './classification/classification.module';
import { DemoModule } from './demo/demo.module';
import { EmbeddingsModule } from './embeddings/embeddings.module';
import { EvalModule } from './eval/eval.module';
import { ResponsesModule } from './responses/responses.module';
import { HealthModule } from './health/health.module';
import { ModelsModule } from './models/models.module';

@Module({
  imports: [
    AdminModule,
    PolicyVersionsModule,
    ChatModule,
    EmbeddingsModule,
    ResponsesModule,
    ClassificationModule,
    ModelsModule,
    HealthModule,
    DemoModule,
    ConsoleModule,
    EvalModule,
  ],
})
export class AppModule {}
