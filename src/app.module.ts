import { Module } from '@nestjs/common';
import { ChatModule } from './chat/chat.module';
import { DemoModule } from './demo/demo.module';
import { HealthModule } from './health/health.module';
import { ModelsModule } from './models/models.module';

@Module({ imports: [ChatModule, ModelsModule, HealthModule, DemoModule] })
export class AppModule {}
