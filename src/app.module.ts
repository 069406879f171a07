import { Module } from '@nestjs/common';
import { ChatModule } from './chat/chat.module';
import { ClassificationModule } from './classification/classification.module';
import { DemoModule } from './demo/demo.module';
import { HealthModule } from './health/health.module';
import { ModelsModule } from './models/models.module';

@Module({ imports: [ChatModule, ClassificationModule, ModelsModule, HealthModule, DemoModule] })
export class AppModule {}
